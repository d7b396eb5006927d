// @title A timeout for fetch with Promise.race and abort
// @host browser
// @note Promise.race settles with the first promise; aborting the loser
// @note frees the request, which race alone would leave running.
// @fetch /api/slow 400ms 200 finally

function timeout(ms) {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new Error('timed out after ' + ms + ' ms')), ms));
}

const controller = new AbortController();
const request = fetch('/api/slow', { signal: controller.signal });
request.catch((err) => console.log('the request ended:', err.name));

Promise.race([request, timeout(150)])
  .then((response) => console.log('got', response.status))
  .catch((err) => {
    console.log(err.message);
    controller.abort();
  });
