// interview quiz: script, nextTick, microtasks, timeout, immediate from the main module (timer 0 vs immediate avoided)
console.log('1');
setTimeout(() => {
  console.log('2');
  process.nextTick(() => console.log('3'));
  new Promise(r => { console.log('4'); r(); }).then(() => console.log('5'));
  setImmediate(() => console.log('6'));
}, 0);
process.nextTick(() => console.log('7'));
new Promise(r => { console.log('8'); r(); }).then(() => console.log('9'));
queueMicrotask(() => console.log('10'));
(async () => { console.log('11'); await undefined; console.log('12'); })();
console.log('13');
