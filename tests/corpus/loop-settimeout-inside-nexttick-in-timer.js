// timers created from a nextTick inside a timer go after timers already queued
setTimeout(() => {
  console.log('timer A');
  process.nextTick(() => setTimeout(() => console.log('timer from nextTick in A'), 0));
}, 0);
setTimeout(() => console.log('timer B'), 0);
