function makeCounter() {
  let count = 0;
  return { inc: () => ++count, dec: () => --count, get value() { return count; } };
}
const c1 = makeCounter(), c2 = makeCounter();
c1.inc(); c1.inc(); c2.dec();
console.log(c1.value, c2.value);
const once = (fn) => { let done = false, r; return (...a) => done ? r : (done = true, r = fn(...a)); };
const init = once((x) => { console.log('init ran with', x); return x * 2; });
console.log(init(5), init(6));
function memo(fn) { const cache = new Map(); return n => cache.has(n) ? cache.get(n) : (cache.set(n, fn(n)), cache.get(n)); }
const fib = memo(n => n < 2 ? n : fib(n - 1) + fib(n - 2));
console.log(fib(90));
const curry = f => a => b => c => f(a, b, c);
console.log(curry((a, b, c) => a + b + c)(1)(2)(3));
const compose = (...fns) => x => fns.reduceRight((v, f) => f(v), x);
console.log(compose(x => x + 1, x => x * 2)(5));
var fnsVar = [];
for (var i = 0; i < 3; i++) { fnsVar[i] = function () { return i; }; }
console.log(fnsVar.map(f => f()));
let shadow = 'outer';
{ let shadow = 'inner'; console.log(shadow); }
console.log(shadow, typeof module, typeof exports, typeof require, typeof __filename);
