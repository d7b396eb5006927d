// throwIfAborted throws the reason itself inside an async loop.
// @host browser
const c = new AbortController();
async function work(signal) {
  for (let i = 1; ; i++) {
    signal.throwIfAborted();
    console.log('step', i);
    await new Promise((r) => setTimeout(r, 50));
  }
}
work(c.signal).catch((e) => console.log('stopped:', String(e)));
setTimeout(() => c.abort('enough'), 130);
const d = new AbortController();
d.abort();
try { d.signal.throwIfAborted(); } catch (e) { console.log('sync throw:', e.name); }
