// Aborting after the response arrived and a body read started: the read still finishes.
// @host browser
// @fetch /menu 100ms 200 bread,cake
const c = new AbortController();
fetch('/menu', { signal: c.signal }).then((res) => {
  const reading = res.text();
  c.abort();
  console.log('aborted while reading:', String(c.signal.aborted));
  return reading;
}).then((t) => console.log('text:', t)).catch((e) => console.log('caught', e.name));
