function* g() {
  const x = yield 1;
  console.log('received', x);
  try {
    yield 2;
  } finally {
    yield 'from finally';
    console.log('finally done');
  }
  return 'end';
}
const it = g();
console.log(it.next('ignored'), it.next('hello'), it.return('ret'), it.next(), it.next());
function* inf() { let i = 0; while (true) yield i++; }
const taken = [];
for (const v of inf()) { if (v > 3) break; taken.push(v); }
console.log(taken);
function* deleg() { const r = yield* [1, 2]; const s = yield* (function* () { yield 3; return 'inner ret'; })(); console.log('delegate result', r, s); }
console.log([...deleg()]);
const gen = g();
try { gen.throw(new Error('before start')); } catch (e) { console.log('thrown:', e.message); }
console.log(gen.next());
function* self() { yield* self.it; }
try { const sIt = self(); self.it = sIt; sIt.next(); } catch (e) { console.log(e.name, e.message); }
console.log(Object.prototype.toString.call(g()), g.constructor.name);
