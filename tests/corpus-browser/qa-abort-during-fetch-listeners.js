// abort() runs the signal's listeners synchronously; the fetch rejects afterwards in a microtask.
// @host browser
// @fetch /slow 500ms 200 slow
const c = new AbortController();
c.signal.addEventListener('abort', () => console.log('listener 1, aborted', String(c.signal.aborted)));
fetch('/slow', { signal: c.signal }).catch((e) => console.log('fetch rejected', e.name));
c.signal.onabort = (e) => console.log('onabort, type', e.type);
c.signal.addEventListener('abort', () => {
  console.log('listener 3');
  queueMicrotask(() => console.log('microtask from listener 3'));
});
setTimeout(() => {
  c.abort();
  console.log('abort() returned');
  c.abort();
  console.log('second abort is a no-op');
}, 100);
