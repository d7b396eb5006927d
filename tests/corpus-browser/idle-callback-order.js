// @host browser
// requestIdleCallback runs when the page has nothing else to do.
setTimeout(() => {
  console.log('timer 1');
  requestIdleCallback((deadline) => {
    console.log('idle A', String(deadline.didTimeout), String(deadline.timeRemaining() > 0));
    Promise.resolve().then(() => console.log('microtask after idle A'));
    requestIdleCallback(() => console.log('idle C (next idle period)'));
  });
  requestIdleCallback(() => console.log('idle B'));
  setTimeout(() => console.log('timer 2 (0 ms)'), 0);
  Promise.resolve().then(() => console.log('microtask in timer 1'));
  setTimeout(() => console.log('timer 3 (300 ms)'), 300);
}, 200);
