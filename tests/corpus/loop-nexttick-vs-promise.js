// process.nextTick callbacks run before promise callbacks
Promise.resolve().then(() => console.log('promise 1'));
process.nextTick(() => console.log('nextTick 1'));
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('nextTick 2'));
queueMicrotask(() => console.log('queueMicrotask'));
console.log('sync');
