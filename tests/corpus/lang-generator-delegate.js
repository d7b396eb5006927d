// yield* delegates to another iterable and returns its return value
function* inner() {
  yield 'a';
  yield 'b';
  return 'inner result';
}
function* outer() {
  const r = yield* inner();
  console.log('inner returned', r);
  yield* [1, 2];
  yield* 'hi';
}
console.log([...outer()]);
function* tree(t) {
  if (Array.isArray(t)) for (const c of t) yield* tree(c);
  else yield t;
}
console.log([...tree([1, [2, [3, 4]], [[5]]])]);
