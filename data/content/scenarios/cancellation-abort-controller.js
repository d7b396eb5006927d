// @title AbortController outside fetch
// @host node
// @note AbortController is the standard cancellation signal: any API
// @note (or your own code) can listen for "abort".

function wait(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error('aborted before start'));
    const id = setTimeout(() => resolve('waited ' + ms), ms);
    signal.addEventListener('abort', () => {
      clearTimeout(id);
      reject(new Error('aborted'));
    });
  });
}

const controller = new AbortController();
wait(100, controller.signal)
  .then((v) => console.log(v))
  .catch((e) => console.log('long wait:', e.message));
wait(10, controller.signal).then((v) => console.log('short wait:', v));

setTimeout(() => controller.abort(), 30);
