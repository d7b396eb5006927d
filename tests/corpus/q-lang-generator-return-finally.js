// generator return() and throw() run finally blocks; yield in finally pauses return
function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('cleanup');
    yield 'from finally';
    console.log('after finally yield');
  }
}
const it = g();
console.log(it.next());
console.log(it.return('R'));
console.log(it.next());
console.log(it.next());
const it2 = g();
console.log(it2.return('early'));
const it3 = g();
it3.next();
try { it3.throw(new Error('boom')); } catch (e) { console.log('caught', e.message); }
console.log(it3.next());
