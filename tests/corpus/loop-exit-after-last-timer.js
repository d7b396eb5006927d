// the process stays alive until the last timer has fired, then exits with 0
console.log('start');
setTimeout(() => {
  console.log('first timer schedules another');
  setTimeout(() => {
    console.log('last timer');
    process.on('exit', (code) => console.log('exit event, code', code));
  }, 20);
}, 10);
