// ordering of sync, nextTick, microtasks and a timer from the main module
setTimeout(() => console.log('5 timeout'), 0);
Promise.resolve().then(() => console.log('4 promise'));
process.nextTick(() => console.log('3 nextTick'));
queueMicrotask(() => console.log('4b queueMicrotask'));
(async () => {
  console.log('1 async body (sync part)');
  await null;
  console.log('4c after await');
})();
console.log('2 sync');
