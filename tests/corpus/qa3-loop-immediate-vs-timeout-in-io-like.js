// Inside a timer callback an immediate always runs before a new 0 ms timer.
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  setImmediate(() => console.log('immediate 2'));
}, 0);
