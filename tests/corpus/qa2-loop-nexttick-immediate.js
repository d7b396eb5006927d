const log = [];
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => console.log('tick in immediate'));
  Promise.resolve().then(() => console.log('micro in immediate'));
});
setImmediate(() => console.log('immediate 2'));
setTimeout(() => {
  console.log('timeout');
  setImmediate(() => console.log('immediate from timeout'));
  setTimeout(() => console.log('timeout from timeout'), 0);
  process.nextTick(() => console.log('tick from timeout'));
}, 0);
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('micro from tick'));
  process.nextTick(() => console.log('tick nested'));
});
Promise.resolve().then(() => {
  console.log('micro 1');
  process.nextTick(() => console.log('tick from micro'));
});
console.log('sync');
