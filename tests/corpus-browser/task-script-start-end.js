// The classic order: synchronous code, then microtasks, then a 0 ms timer.
// @host browser
console.log('script start');
setTimeout(() => console.log('setTimeout'), 0);
Promise.resolve()
  .then(() => console.log('promise1'))
  .then(() => console.log('promise2'));
console.log('script end');
