async function* gen() {
  yield 1;
  yield Promise.resolve(2);
  await null;
  yield 3;
  return 4;
}
const syncIterable = [Promise.resolve('a'), 'b', Promise.resolve('c')];
(async () => {
  for await (const v of gen()) console.log('gen', v);
  for await (const v of syncIterable) console.log('sync', v);
  const it = gen();
  console.log(await it.next(), await it.return(9), await it.next());
  const custom = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next() { i++; return Promise.resolve({ value: i * 10, done: i > 3 }); },
        return() { console.log('return called'); return Promise.resolve({ done: true }); }
      };
    }
  };
  for await (const v of custom) { console.log('custom', v); if (v === 20) break; }
})();
