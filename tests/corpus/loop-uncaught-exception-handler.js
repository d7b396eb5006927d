// process.on('uncaughtException') keeps the process alive after a throw in a timer
process.on('uncaughtException', (err) => {
  console.log('handler caught:', err.message);
});
setTimeout(() => {
  console.log('timer 1 throws');
  throw new Error('boom in timer');
}, 1);
setTimeout(() => console.log('timer 2 still runs'), 10);
