async function* gen() {
  try {
    yield 1;
    yield await Promise.resolve(2);
    yield 3;
  } finally {
    console.log('cleanup start');
    await null;
    console.log('cleanup end');
  }
}
(async () => {
  const g = gen();
  console.log(await g.next());
  console.log(await g.next());
  console.log(await g.return('early'));
  console.log(await g.next());
  const g2 = gen();
  await g2.next();
  try { await g2.throw(new Error('injected')); } catch (e) { console.log('thrown out:', e.message); }
  console.log(await g2.next());
  const g3 = gen();
  console.log(await g3.return('before start'));
  console.log(await g3.next());
})();
