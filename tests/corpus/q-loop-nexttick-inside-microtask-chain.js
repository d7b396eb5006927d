// nextTick queued from a microtask waits until the whole microtask queue drains
Promise.resolve().then(() => {
  console.log('m1');
  process.nextTick(() => console.log('tick from m1'));
}).then(() => console.log('m2')).then(() => console.log('m3'));
Promise.resolve().then(() => console.log('other m1')).then(() => console.log('other m2'));
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('micro from tick 1'));
  process.nextTick(() => console.log('tick from tick 1'));
});
console.log('main');
