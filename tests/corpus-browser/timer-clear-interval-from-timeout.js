// A timeout can stop an interval; the interval's microtasks still run.
// @host browser
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  Promise.resolve().then(() => console.log('  microtask after interval', n));
}, 100);
setTimeout(() => {
  clearInterval(id);
  console.log('stopped after', n, 'ticks');
}, 350);
