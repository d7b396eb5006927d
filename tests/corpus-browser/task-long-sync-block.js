// A busy synchronous block delays a due timer; microtasks still go first.
// @host browser
setTimeout(() => console.log('timer (due long ago)'), 0);
const start = performance.now();
while (performance.now() - start < 100) {
  // busy for 100 ms
}
Promise.resolve().then(() => console.log('microtask'));
console.log('busy loop finished');
