// abort() fires the abort event synchronously, once; onabort counts as a listener.
// @host browser
const controller = new AbortController();
const { signal } = controller;
signal.addEventListener('abort', () => console.log('listener 1, aborted =', String(signal.aborted)));
signal.onabort = (event) => console.log('onabort, event type', event.type);
signal.addEventListener('abort', () => {
  console.log('listener 3, reason', signal.reason.name);
  queueMicrotask(() => console.log('microtask from listener 3'));
});
console.log('before abort()');
controller.abort();
console.log('after abort()');
controller.abort();
console.log('second abort() fired nothing');
