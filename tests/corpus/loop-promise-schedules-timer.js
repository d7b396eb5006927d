// timers created from microtasks are ordered by when they were created
setTimeout(() => console.log('timer from main 1'), 0);
Promise.resolve().then(() => {
  setTimeout(() => console.log('timer from promise'), 0);
});
process.nextTick(() => {
  setTimeout(() => console.log('timer from nextTick'), 0);
});
setTimeout(() => console.log('timer from main 2'), 0);
