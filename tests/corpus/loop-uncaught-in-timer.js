// an uncaught exception in a timer exits with code 1; later timers never run
setTimeout(() => console.log('first timer'), 1);
setTimeout(() => {
  console.log('second timer throws');
  throw new Error('timer failure');
}, 10);
setTimeout(() => console.log('never: third timer'), 50);
console.log('sync');
