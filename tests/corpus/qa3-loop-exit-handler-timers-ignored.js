process.on('exit', (code) => {
  console.log('exit handler', code);
  setTimeout(() => console.log('never printed'), 0);
  Promise.resolve().then(() => console.log('microtask in exit handler?'));
  process.nextTick(() => console.log('nextTick in exit handler?'));
});
process.on('beforeExit', (code) => {
  console.log('beforeExit', code);
});
setTimeout(() => console.log('last timer'), 1);
