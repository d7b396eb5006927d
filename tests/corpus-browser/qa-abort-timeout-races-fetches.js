// AbortSignal.timeout(150): a 100 ms fetch wins, a 200 ms fetch loses with TimeoutError.
// @host browser
// @fetch /fast 100ms 200 fast
// @fetch /slow 200ms 200 slow
const signal = AbortSignal.timeout(150);
fetch('/fast', { signal }).then((r) => r.text()).then((t) => console.log('got', t));
fetch('/slow', { signal }).then((r) => r.text()).then((t) => console.log('got', t))
  .catch((e) => console.log('slow failed:', e.name, e.message));
signal.addEventListener('abort', () => console.log('timeout signal fired, reason', signal.reason.name));
