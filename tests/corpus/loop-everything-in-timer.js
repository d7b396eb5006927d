// inside a timer: sync, nextTick, promise, immediate, then the next timer
setTimeout(() => {
  console.log('A timer start');
  setTimeout(() => console.log('G next timer'), 0);
  setImmediate(() => {
    console.log('E immediate');
    process.nextTick(() => console.log('F nextTick from immediate'));
  });
  Promise.resolve().then(() => {
    console.log('D promise');
  });
  process.nextTick(() => console.log('C nextTick'));
  console.log('B timer end');
}, 0);
