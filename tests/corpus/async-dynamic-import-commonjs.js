// import() from CommonJS: a promise of the namespace, after the script's ticks and microtasks.
const order = [];
import('node:events').then((ns) => {
  order.push('events');
  console.log(typeof ns.default, ns.default === require('events'), ns[Symbol.toStringTag]);
});
import('fs').then((ns) => order.push('fs ' + (ns.default === require('node:fs'))));
Promise.resolve().then(() => order.push('micro 1')).then(() => order.push('micro 2'));
process.nextTick(() => order.push('tick'));
setImmediate(() => order.push('immediate'));
setTimeout(() => console.log(order.join(', ')), 0);
console.log(typeof require, typeof module);
