// deeply nested mix of nextTick, microtasks, timers and immediates inside a timer callback
setTimeout(() => {
  console.log('T1');
  setImmediate(() => {
    console.log('I1');
    process.nextTick(() => console.log('I1-tick'));
    Promise.resolve().then(() => console.log('I1-micro'));
    setTimeout(() => console.log('T-from-I1'), 60);
    setImmediate(() => console.log('I-from-I1'));
  });
  setTimeout(() => {
    console.log('T2');
    Promise.resolve().then(() => process.nextTick(() => console.log('T2-micro-tick')));
    process.nextTick(() => Promise.resolve().then(() => console.log('T2-tick-micro')));
  }, 30);
  Promise.resolve().then(() => {
    console.log('T1-micro');
    process.nextTick(() => console.log('T1-micro-tick'));
    Promise.resolve().then(() => console.log('T1-micro-micro'));
  });
  process.nextTick(() => console.log('T1-tick'));
}, 0);
