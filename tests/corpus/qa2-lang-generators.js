function* counter(limit) {
  let reset = false;
  for (let i = 0; i < limit; i++) {
    reset = yield i;
    if (reset) i = -1;
  }
  return 'finished';
}
const c = counter(3);
console.log(c.next(), c.next(), c.next(true), c.next(), c.next(), c.next(), c.next());
function* withFinally() {
  try { yield 1; yield 2; } finally { console.log('cleanup'); yield 'from finally'; }
}
const w = withFinally();
console.log(w.next(), w.return('early'), w.next(), w.next());
const w2 = withFinally();
w2.next();
try { w2.throw(new Error('injected')); } catch (e) { console.log('outer', e.message); }
function* delegate() { const r = yield* inner(); console.log('inner returned', r); yield* [10, 20]; yield* 'hi'; }
function* inner() { yield 'a'; return 'r'; }
console.log([...delegate()]);
const [first, , third, ...others] = counter(6);
console.log(first, third, others);
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
const take = (n, it) => { const out = []; for (const v of it) { if (out.length >= n) break; out.push(v); } return out; };
console.log(take(10, fib()), Object.prototype.toString.call(fib()), fib().constructor.name === undefined, typeof fib().next);
const gen = counter(1);
console.log(gen[Symbol.iterator]() === gen, String(gen), fib.constructor.name);
try { const g2 = (function* () { yield g2.next(); })(); g2.next(); } catch (e) { console.log(e.message); }
