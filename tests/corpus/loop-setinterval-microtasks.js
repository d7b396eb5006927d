// microtasks scheduled by an interval run before its next run
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  Promise.resolve().then(() => console.log('  microtask after', n));
  process.nextTick(() => console.log('  nextTick after', n));
  if (n === 3) clearInterval(id);
}, 1);
