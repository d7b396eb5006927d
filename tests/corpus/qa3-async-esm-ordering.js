// An ES module main runs in the first poll phase: microtasks before ticks, the immediate before the timeout.
import { EventEmitter } from 'node:events';
const e = new EventEmitter();
e.on('x', (a) => console.log('x', a));
e.emit('x', 1);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
console.log('sync end', this);
