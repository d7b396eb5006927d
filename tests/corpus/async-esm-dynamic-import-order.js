// import() of a builtin module settles after a fixed number of microtask turns of Node's loader.
const order = [];
function chain(label, n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => order.push(i));
}
chain('first', 20);
import('node:util').then((ns) => order.push('util ' + typeof ns.inspect));
import('node:util').then(() => order.push('util again'));
import('no-such-package').catch((e) => order.push(e.code));
import('node:no-such-module').catch((e) => order.push(e.code));
import('./no-such-file.mjs').catch((e) => order.push(e.code));
import(Symbol('s')).catch((e) => order.push(e.name));
process.nextTick(() => order.push('tick'));
setTimeout(() => {
  console.log(order.join(' '));
  order.length = 0;
  chain('second', 10);
  import('node:util').then(() => order.push('util loaded'));
  (async () => { await import('node:path'); order.push('path (awaited)'); })();
  setTimeout(() => console.log(order.join(' ')), 0);
}, 0);
await null;
