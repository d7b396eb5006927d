// timers with equal delays created inside different callbacks run in creation order
setTimeout(() => {
  console.log('A');
  setTimeout(() => console.log('A-child'), 50);
  Promise.resolve().then(() => setTimeout(() => console.log('A-micro-child'), 50));
  process.nextTick(() => setTimeout(() => console.log('A-tick-child'), 50));
}, 0);
setTimeout(() => {
  console.log('B');
  setTimeout(() => console.log('B-child'), 50);
}, 0);
