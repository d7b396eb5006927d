// abort() runs the abort listeners first; the fetch rejection is handled in a microtask.
// @host browser
// @fetch /slow 300ms 200 slow
const controller = new AbortController();
controller.signal.addEventListener('abort', () => console.log('abort listener (added before fetch)'));
fetch('/slow', { signal: controller.signal })
  .catch((err) => console.log('fetch rejected:', err.name));
controller.signal.addEventListener('abort', () => console.log('abort listener (added after fetch)'));
setTimeout(() => {
  controller.abort();
  console.log('abort() returned');
}, 100);
