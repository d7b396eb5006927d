// After an uncaught error Node sets process.exitCode = 1 and emits 'exit';
// the process then exits with process.exitCode as the listeners left it.
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  process.exitCode = 6;
});
console.log('start');
setTimeout(() => {
  console.log('timer');
  throw new Error('boom');
}, 0);
setTimeout(() => console.log('never'), 5);
