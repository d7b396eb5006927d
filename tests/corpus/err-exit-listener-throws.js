// An error thrown by an 'exit' listener ends the process at once (the later
// listeners do not run) with the exit code already set, 1 when unset.
process.exitCode = 4;
process.on('exit', (code) => {
  console.log('exit', code);
  Promise.resolve().then(() => console.log('never: microtask'));
  throw new Error('in exit');
});
process.on('exit', () => console.log('never: second listener'));
console.log('main');
