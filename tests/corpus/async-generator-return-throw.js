// return() and throw() on async generators, with finally blocks
async function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('generator cleanup');
  }
}
(async () => {
  const it = g();
  console.log(await it.next());
  console.log(await it.return('stopped'));
  console.log(await it.next());
  const it2 = g();
  await it2.next();
  try {
    await it2.throw(new Error('injected'));
  } catch (e) {
    console.log('rethrown:', e.message);
  }
  for await (const v of g()) { console.log('loop', v); break; }
})();
