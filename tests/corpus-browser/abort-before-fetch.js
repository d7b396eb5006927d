// fetch with an already aborted signal rejects at once (before any timer).
// @host browser
// @fetch /data 100ms 200 data
const controller = new AbortController();
controller.abort();
setTimeout(() => console.log('timer 0'), 0);
fetch('/data', { signal: controller.signal })
  .then(() => console.log('never'))
  .catch((err) => console.log('rejected:', err.name, '-', err.message));
console.log('fetch called');
