// @title process.nextTick jumps the queue
// @host node
// @note Node empties its nextTick queue before the promise microtasks,
// @note and both before any timer or immediate.

setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
queueMicrotask(() => console.log('queueMicrotask'));
console.log('sync');
