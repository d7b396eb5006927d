// queueMicrotask callbacks share the FIFO queue with promise reactions
console.log('sync 1');
queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => {
  console.log('microtask 2');
  queueMicrotask(() => console.log('microtask nested'));
  Promise.resolve().then(() => console.log('promise nested'));
});
Promise.resolve().then(() => console.log('promise 2'));
console.log('sync 2');
