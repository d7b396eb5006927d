// Aborting after the response arrived changes nothing for the fetch promise.
// @host browser
// @fetch /data 100ms 200 payload
const c = new AbortController();
fetch('/data', { signal: c.signal }).then((res) => {
  console.log('response', res.status);
  c.abort();
  console.log('aborted now', String(c.signal.aborted));
  return res.text();
}).then((t) => console.log('text', t)).catch((e) => console.log('caught', e.name));
