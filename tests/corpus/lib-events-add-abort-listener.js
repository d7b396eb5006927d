const events = require('events');
const { addAbortListener } = events;
console.log(Object.keys(events).slice(0, 3), addAbortListener.length, addAbortListener.name);
console.log(typeof Symbol.dispose, String(Symbol.dispose), Symbol.dispose === Symbol.for('nodejs.dispose'));
console.log(String(Symbol.asyncDispose));
const ac = new AbortController();
const d1 = addAbortListener(ac.signal, (e) => console.log('first', e.type, ac.signal.reason));
const d2 = addAbortListener(ac.signal, () => console.log('second (disposed, never runs)'));
console.log(d1, Object.getPrototypeOf(d1));
d2[Symbol.dispose]();
ac.abort('stop');
addAbortListener(ac.signal, function () { console.log('late', arguments.length); });
Promise.resolve().then(() => console.log('microtask before'));
console.log('sync end');
for (const [s, l] of [[undefined, () => {}], [{}, () => {}], [ac.signal, 'x']]) {
  try { addAbortListener(s, l); } catch (e) { console.log(e.name, e.code, e.message); }
}
