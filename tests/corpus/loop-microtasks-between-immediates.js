// the microtask queue is drained after each immediate callback
setTimeout(() => {
  setImmediate(() => {
    console.log('immediate 1');
    Promise.resolve().then(() => console.log('promise from immediate 1'));
    process.nextTick(() => console.log('nextTick from immediate 1'));
  });
  setImmediate(() => console.log('immediate 2'));
}, 0);
