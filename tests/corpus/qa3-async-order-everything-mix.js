console.log('A');
setTimeout(() => console.log('T1'), 0);
setImmediate(() => console.log('I1'));
process.nextTick(() => console.log('N1'));
queueMicrotask(() => {
  console.log('M1');
  process.nextTick(() => console.log('N-from-M1'));
  queueMicrotask(() => console.log('M-from-M1'));
});
Promise.resolve().then(() => {
  console.log('P1');
  process.nextTick(() => console.log('N-from-P1'));
}).then(() => console.log('P2'));
(async () => {
  console.log('async start');
  await null;
  console.log('after await 1');
  await new Promise(r => setImmediate(r));
  console.log('after immediate await');
})();
process.nextTick(() => {
  console.log('N2');
  Promise.resolve().then(() => console.log('P-from-N2'));
});
console.log('B');
