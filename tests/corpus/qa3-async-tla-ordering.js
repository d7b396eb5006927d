// Top-level await: the file runs as an ES module, evaluated in the first poll phase.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
queueMicrotask(() => console.log('micro'));
console.log('body');
await null;
console.log('after await null');
process.nextTick(() => console.log('tick2'));
Promise.resolve().then(() => console.log('micro2'));
