// every immediate callback is followed by the microtask and nextTick queues
setImmediate(() => {
  console.log('imm 1');
  Promise.resolve().then(() => console.log('micro 1'));
  process.nextTick(() => console.log('tick 1'));
  setImmediate(() => console.log('imm 3 (next turn)'));
});
setImmediate(() => {
  console.log('imm 2');
  queueMicrotask(() => console.log('queueMicrotask 2'));
});
console.log('main');
