// AbortSignal.any follows whichever of its signals aborts first, with its reason.
// @host browser
// @fetch /slow 400ms 200 slow
const user = new AbortController();
const combined = AbortSignal.any([user.signal, AbortSignal.timeout(300)]);
combined.addEventListener('abort', () => console.log('combined aborted:', String(combined.reason)));
fetch('/slow', { signal: combined })
  .catch((err) => console.log('fetch rejected with', err));
setTimeout(() => user.abort('user pressed cancel'), 100);
setTimeout(() => console.log('user signal aborted:', String(user.signal.aborted)), 350);
