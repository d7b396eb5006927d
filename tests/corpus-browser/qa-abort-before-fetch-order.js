// Fetch with an already aborted signal rejects in a microtask, with the signal's reason.
// @host browser
const c = new AbortController();
c.abort();
fetch('/anything', { signal: c.signal })
  .then(() => console.log('never'))
  .catch((e) => console.log('rejected', e.name, e.message, String(e instanceof DOMException)));
Promise.resolve().then(() => console.log('microtask 1')).then(() => console.log('microtask 2'));
console.log('sync end');
