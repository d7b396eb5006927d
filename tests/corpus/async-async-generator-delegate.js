// yield* inside an async generator delegates to another async (or sync) iterable
async function* inner() { yield 'i1'; await null; yield 'i2'; return 'inner done'; }
async function* outer() {
  yield 'o1';
  const r = yield* inner();
  console.log('delegate returned', r);
  yield* ['s1', 's2'];
}
(async () => {
  const out = [];
  for await (const v of outer()) out.push(v);
  console.log(out);
})();
