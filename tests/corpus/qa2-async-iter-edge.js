async function* source() {
  try {
    yield 'a';
    yield 'b';
    yield 'c';
  } finally {
    console.log('source cleanup');
  }
}
(async () => {
  for await (const v of source()) { console.log('got', v); if (v === 'b') break; }
  try {
    for await (const v of source()) { console.log('got2', v); throw new Error('body throws'); }
  } catch (e) { console.log('caught', e.message); }
  const rejecting = [Promise.resolve(1), Promise.reject(new Error('second rejects')), Promise.resolve(3)];
  try { for await (const v of rejecting) console.log('arr', v); } catch (e) { console.log('arr error', e.message); }
  const gen = source();
  const [p1, p2, p3, p4] = [gen.next(), gen.next(), gen.return('forced'), gen.next()];
  console.log(await p1, await p2, await p3, await p4);
  async function* thrower() { yield 1; throw new Error('gen throws'); }
  const t = thrower();
  console.log(await t.next());
  try { await t.next(); } catch (e) { console.log('next rejected', e.message); }
  console.log(await t.next());
  const ag = (async function* () {})();
  console.log(Object.prototype.toString.call(ag), typeof ag[Symbol.asyncIterator], ag[Symbol.asyncIterator]() === ag);
  async function* delegating() { const r = yield* source(); yield 'after ' + r; }
  const out = []; for await (const v of delegating()) out.push(v);
  console.log(out);
})();
