// Two timers due together: the first one's microtasks run before the second timer.
// @host browser
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => {
    console.log('microtask from timer 1');
    queueMicrotask(() => console.log('nested microtask from timer 1'));
  });
}, 20);
setTimeout(() => {
  console.log('timer 2');
  Promise.resolve().then(() => console.log('microtask from timer 2'));
}, 20);
setTimeout(() => console.log('timer 3 (due 50 ms later)'), 70);
