// @host browser
// ErrorEvent and PromiseRejectionEvent: defaults, init conversions, errors.
const e1 = new ErrorEvent('oops');
console.log(JSON.stringify([e1.type, e1.message, e1.filename, e1.lineno, e1.colno, String(e1.error), e1.bubbles]));
const e2 = new ErrorEvent('oops', { message: 42, lineno: '12', colno: 3.7, error: 'E', cancelable: true });
console.log(JSON.stringify([e2.message, e2.lineno, e2.colno, e2.error, e2.cancelable]));
console.log(Object.prototype.toString.call(e2), String(e2 instanceof Event), JSON.stringify(Object.keys(e2)));
console.log(Object.getOwnPropertyNames(ErrorEvent.prototype).join(' '));
console.log(Object.getOwnPropertyNames(PromiseRejectionEvent.prototype).join(' '));
const p = Promise.resolve('v');
const r = new PromiseRejectionEvent('unhandledrejection', { promise: p, reason: 'why' });
console.log(String(r.promise === p), r.reason, r.type, String(r.cancelable));
for (const make of [() => new PromiseRejectionEvent('x'), () => new PromiseRejectionEvent('x', {}),
                    () => ErrorEvent('x'), () => new ErrorEvent()]) {
  try { make(); console.log('no error'); } catch (err) { console.log(err.constructor.name + ': ' + err.message); }
}
const target = new EventTarget();
target.addEventListener('oops', (ev) => console.log('got', ev.constructor.name, ev.message, String(ev.isTrusted)));
target.dispatchEvent(e2);
