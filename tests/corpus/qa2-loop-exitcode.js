process.on('exit', (code) => {
  console.log('exiting with', code, process.exitCode);
  setTimeout(() => console.log('never'), 0);
});
process.on('beforeExit', (code) => {
  console.log('beforeExit', code);
  if (!globalThis.again) { globalThis.again = true; setTimeout(() => console.log('revived'), 0); }
});
process.exitCode = 3;
setTimeout(() => console.log('timer'), 1);
Promise.resolve().then(() => console.log('micro'));
