Promise.resolve().then(() => {
  console.log('p1');
  process.nextTick(() => console.log('tick in p1'));
  Promise.resolve().then(() => console.log('p in p1'));
});
process.nextTick(() => {
  console.log('t1');
  process.nextTick(() => console.log('tick in t1'));
  Promise.resolve().then(() => console.log('p in t1'));
});
process.nextTick(() => console.log('t2'));
Promise.resolve().then(() => console.log('p2'));
setTimeout(() => {
  console.log('timeout');
  process.nextTick(() => console.log('tick in timeout'));
  Promise.resolve().then(() => console.log('p in timeout'));
}, 0);
setTimeout(() => console.log('timeout 2'), 0);
