// A busy-wait of whole seconds blocks every timer until it ends.
const start = Date.now();
setTimeout(() => console.log('timer, due at 10 ms, runs after', Date.now() - start >= 2000 ? 'the block' : 'too early'), 10);
Promise.resolve().then(() => console.log('microtask, after the block too'));
process.nextTick(() => console.log('nextTick first of all'));

console.log('blocking for two seconds');
while (Date.now() - start < 2000) {}
console.log('unblocked');

const t0 = performance.now();
while (performance.now() - t0 < 1000) {}
const [s] = process.hrtime();
console.log('hrtime seconds is a number:', typeof s === 'number');
setImmediate(() => console.log('immediate before the late timer? no:', 'timer already due'));
