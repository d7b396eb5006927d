// An error thrown in a timer is reported as "Uncaught"; later timers still run.
// @host browser
setTimeout(() => console.log('timer 1'), 0);
setTimeout(() => {
  console.log('timer 2 throws');
  throw new Error('oven too hot');
}, 50);
setTimeout(() => console.log('timer 3 still runs'), 100);
