// A hand-made timeout with Promise.race and an AbortController that cancels the loser.
// @host browser
// @fetch /slow 300ms 200 slow
function withTimeout(path, ms) {
  const c = new AbortController();
  const timer = new Promise((_, reject) => setTimeout(() => {
    c.abort();
    reject(new Error('timed out after ' + ms));
  }, ms));
  const request = fetch(path, { signal: c.signal });
  request.catch((e) => console.log('request:', e.name));
  return Promise.race([request, timer]);
}
withTimeout('/slow', 100).catch((e) => console.log('race:', e.message));
withTimeout('/slow', 400).then((r) => console.log('in time:', r.status));
