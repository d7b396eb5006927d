// @host browser
// @fetch /api/a 50ms 200 {"n":1}
// @fetch /api/b 10ms 500 oops
// @fetch /api/c 5ms error
const c = new AbortController();
fetch('/api/a', { signal: c.signal }).then((r) => r.json()).then((j) => console.log('a', j.n), (e) => console.log(e.name));
fetch('/api/b').then(async (r) => console.log('b', r.status, r.ok, await r.text(), r.headers.get('content-type')));
fetch('/api/c').catch((e) => console.log('c', e.message));
fetch('/nowhere').then((r) => r.text()).then((t) => console.log('nowhere', t));
AbortSignal.timeout(20).addEventListener('abort', () => console.log('timeout'));
let frames = 0;
const step = (t) => { console.log('frame', t > 0); if (++frames < 3) requestAnimationFrame(step); else c.abort('done'); };
const id = requestAnimationFrame(step); cancelAnimationFrame(requestAnimationFrame(() => console.log('never')));
new MutationObserver((rs) => console.log(rs.map((r) => r.type))).observe(document.body, { childList: true, attributes: true, subtree: true, attributeOldValue: true });
document.body.appendChild(document.createElement('i')).setAttribute('x', '1');
console.log(id, performance.now() >= 0, typeof requestIdleCallback);
