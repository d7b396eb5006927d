// very tricky: everything at once from the main module
console.log('1');
setTimeout(() => console.log('2'), 0);
setTimeout(() => {
  console.log('3');
  process.nextTick(() => console.log('4'));
  Promise.resolve().then(() => console.log('5'));
}, 0);
process.nextTick(() => console.log('6'));
Promise.resolve().then(() => {
  console.log('7');
  process.nextTick(() => console.log('8'));
}).then(() => console.log('9'));
(async () => {
  console.log('10');
  await undefined;
  console.log('11');
})();
queueMicrotask(() => console.log('12'));
console.log('13');
