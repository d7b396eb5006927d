// a promise rejected inside a timer and never handled kills the process before the next timer
setTimeout(() => {
  console.log('timer 1 creates a rejection');
  Promise.reject(new RangeError('from timer'));
  Promise.resolve().then(() => console.log('microtask after timer 1'));
}, 1);
setTimeout(() => console.log('never: timer 2'), 20);
