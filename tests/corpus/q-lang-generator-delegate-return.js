// yield* returns the inner generator's return value and forwards next/throw/return
function* inner() {
  const got = yield 'i1';
  console.log('inner got', got);
  try { yield 'i2'; } catch (e) { console.log('inner caught', e); yield 'i3'; }
  return 'inner-done';
}
function* outer() {
  const r = yield* inner();
  console.log('outer received', r);
  yield* [10, 20];
  yield* 'ab';
}
const it = outer();
console.log(it.next().value, it.next('A').value, it.throw('E').value);
console.log([...it]);
const it2 = outer();
it2.next();
console.log(it2.return('stop'), it2.next());
