let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick', n);
  Promise.resolve().then(() => console.log('micro after tick', n));
  process.nextTick(() => console.log('nextTick after tick', n));
  if (n === 3) {
    clearInterval(id);
    setTimeout(() => console.log('timeout after clear'), 0);
    setImmediate(() => console.log('immediate after clear'));
  }
}, 5);
setTimeout(() => console.log('timeout 1ms'), 1);
