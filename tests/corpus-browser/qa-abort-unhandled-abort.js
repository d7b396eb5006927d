// Aborting a fetch nobody catches reports the AbortError as an unhandled rejection.
// @host browser
// @fetch /slow 400ms 200 slow
const c = new AbortController();
fetch('/slow', { signal: c.signal });
setTimeout(() => c.abort(), 100);
setTimeout(() => console.log('page goes on'), 300);
