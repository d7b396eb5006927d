// seed: the baker's routine: stack, then all microtasks, then ONE macrotask, repeat
setTimeout(() => {
  console.log('macrotask 1');
  Promise.resolve().then(() => console.log('  microtask queued by macrotask 1'));
}, 0);
setTimeout(() => {
  console.log('macrotask 2');
  Promise.resolve().then(() => console.log('  microtask queued by macrotask 2'));
}, 0);
Promise.resolve().then(() => console.log('microtask from the stack'));
console.log('stack');
