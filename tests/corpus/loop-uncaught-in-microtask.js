// an exception thrown by queueMicrotask's callback is uncaught and exits with code 1
queueMicrotask(() => {
  console.log('microtask throws');
  throw new Error('microtask failure');
});
setTimeout(() => console.log('never: timer'), 0);
console.log('sync');
