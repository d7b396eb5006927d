// Aborting a pending fetch rejects it with an AbortError DOMException.
// @host browser
// @fetch /slow 300ms 200 too late
const controller = new AbortController();
fetch('/slow', { signal: controller.signal })
  .then(() => console.log('never'))
  .catch((err) => {
    console.log('name:', err.name);
    console.log('message:', err.message);
    console.log('is a DOMException:', String(err instanceof DOMException));
    console.log('same as signal.reason:', String(err === controller.signal.reason));
  });
setTimeout(() => {
  console.log('aborting');
  controller.abort();
}, 100);
