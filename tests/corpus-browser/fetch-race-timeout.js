// A timeout built with Promise.race: the slow fetch loses, the fast one wins.
// @host browser
// @fetch /slow 400ms 200 slow body
// @fetch /fast 50ms 200 fast body
function withTimeout(promise, ms) {
  const timeout = new Promise((_, reject) => {
    setTimeout(() => reject(new Error('timed out after ' + ms + ' ms')), ms);
  });
  return Promise.race([promise, timeout]);
}
async function tryGet(url) {
  try {
    const res = await withTimeout(fetch(url), 200);
    console.log(url, 'ok:', await res.text());
  } catch (err) {
    console.log(url, 'failed:', err.message);
  }
}
tryGet('/slow');
tryGet('/fast');
