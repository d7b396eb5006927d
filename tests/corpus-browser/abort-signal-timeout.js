// AbortSignal.timeout(ms) aborts a slow fetch with a TimeoutError.
// @host browser
// @fetch /slow 400ms 200 slow
// @fetch /fast 50ms 200 fast
async function get(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(200) });
    console.log(url, 'ok:', await res.text());
  } catch (err) {
    console.log(url, 'failed:', err.name, '-', err.message);
  }
}
get('/slow');
get('/fast');
