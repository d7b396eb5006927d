const seen = [];
const spy = new Proxy({ value: 1 }, { get(t, k) { seen.push(String(k)); return Reflect.get(t, k); } });
(async () => {
  const v = await spy;
  console.log('awaited proxy', v === spy, seen);
  const thenableProxy = new Proxy({}, { get: (t, k) => (k === 'then' ? (res) => res('via proxy then') : undefined) });
  console.log(await thenableProxy);
  console.log(await Promise.resolve(thenableProxy));
  const all = await Promise.all([spy, 2n, thenableProxy]);
  console.log(all[0] === spy, all[1], all[2]);
  const fnProxy = new Proxy(async (x) => x * 2, { apply(t, self, args) { console.log('apply trap'); return Reflect.apply(t, self, args); } });
  console.log(await fnProxy(21));
  const promiseProxy = new Proxy(Promise.resolve('inner'), {});
  try { await promiseProxy; } catch (e) { console.log(e.constructor.name, e.message); }
  const evalAsync = await eval('(async () => { await null; return "from eval"; })()');
  console.log(evalAsync);
  function* g() { with ({ w: 'with in generator' }) { yield w; } }
  console.log([...g()]);
})();
console.log('sync', seen.length);
