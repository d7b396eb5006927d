// An error in a microtask is reported at once; the next microtask still runs.
// @host browser
queueMicrotask(() => console.log('microtask 1'));
queueMicrotask(() => {
  throw new Error('microtask 2 failed');
});
queueMicrotask(() => console.log('microtask 3'));
setTimeout(() => console.log('timer'), 0);
