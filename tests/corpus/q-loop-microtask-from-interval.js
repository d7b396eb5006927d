// intervals interleave with the microtasks they schedule, and stop after clearInterval
let count = 0;
const iv = setInterval(() => {
  count++;
  console.log('interval', count);
  queueMicrotask(() => console.log('micro', count));
  if (count === 3) clearInterval(iv);
}, 20);
setImmediate(() => console.log('immediate before first interval'));
