// queueMicrotask and promise reactions share one FIFO microtask queue.
// @host browser
queueMicrotask(() => console.log('queueMicrotask 1'));
Promise.resolve().then(() => console.log('then 1'));
queueMicrotask(() => console.log('queueMicrotask 2'));
Promise.resolve().then(() => console.log('then 2'));
Promise.resolve()
  .then(() => console.log('then 3'))
  .then(() => console.log('then 3 -> chained'));
queueMicrotask(() => console.log('queueMicrotask 3'));
console.log('sync');
