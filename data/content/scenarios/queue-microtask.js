// @title queueMicrotask
// @host node
// @note queueMicrotask puts a function straight on the tray, in order
// @note with promise reactions.

Promise.resolve().then(() => console.log('promise then'));
queueMicrotask(() => console.log('queueMicrotask'));
setTimeout(() => console.log('timeout'), 0);
console.log('sync');
