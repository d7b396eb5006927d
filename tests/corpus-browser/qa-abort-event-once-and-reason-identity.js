// The abort event fires once; signal.reason is the very object passed to abort().
// @host browser
const c = new AbortController();
const reason = new Error('stop baking');
c.signal.addEventListener('abort', (e) => {
  console.log('abort event, trusted', String(e.isTrusted), 'same reason', String(c.signal.reason === reason));
}, { once: true });
c.signal.addEventListener('abort', () => console.log('second listener'));
c.abort(reason);
c.abort(new Error('ignored'));
console.log('reason message', c.signal.reason.message);
const d = new AbortController();
d.abort();
console.log('default reason is DOMException', String(d.signal.reason instanceof DOMException), d.signal.reason.code);
