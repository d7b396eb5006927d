// @title setTimeout 0 is not "now"
// @host node
// @note A zero delay only means "as soon as the counter is checked";
// @note a whole chain of promise callbacks can run before it.

setTimeout(() => console.log('timeout 0'), 0);

Promise.resolve(1)
  .then((n) => { console.log('then', n); return n + 1; })
  .then((n) => { console.log('then', n); return n + 1; })
  .then((n) => console.log('then', n));

queueMicrotask(() => console.log('queueMicrotask'));
