// promise chains started in timers interleave with other timers only between callbacks
setTimeout(() => {
  console.log('t1');
  Promise.resolve().then(() => console.log('t1 p1')).then(() => console.log('t1 p2'));
}, 0);
setTimeout(() => {
  console.log('t2');
  process.nextTick(() => console.log('t2 tick'));
}, 0);
setTimeout(() => console.log('t3'), 0);
