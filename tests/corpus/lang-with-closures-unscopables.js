// with: closures keep the object environment; Symbol.unscopables hides names
function reader(obj) {
  with (obj) {
    return () => [a, typeof b];
  }
}
const src = { a: 1 };
const read = reader(src);
console.log(read());
src.a = 2; src.b = 'now';
console.log(read());
var x = 'outer x';
const blocked = { x: 'inner x', y: 'inner y', [Symbol.unscopables]: { x: true } };
with (blocked) console.log(x, y);
with ([1, 2, 3]) console.log(typeof values, typeof keys, typeof push, length);
const counter = { n: 0 };
const incs = [];
with (counter) { for (let i = 0; i < 3; i++) incs.push(() => ++n); }
incs.forEach((f) => f());
console.log(counter.n);
try { new Function('"use strict"; with ({}) {}'); } catch (e) { console.log(e.name + ': ' + e.message); }
