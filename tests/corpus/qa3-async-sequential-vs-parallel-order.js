const delay = (ms, v) => new Promise(r => setTimeout(() => { console.log('done', v); r(v); }, ms));
async function sequential() {
  const a = await delay(6, 'seq-a');
  const b = await delay(2, 'seq-b');
  return [a, b];
}
async function parallel() {
  const pa = delay(6, 'par-a');
  const pb = delay(2, 'par-b');
  return [await pa, await pb];
}
(async () => {
  console.log(await sequential());
  console.log(await parallel());
  const settled = await Promise.allSettled([delay(1, 'x'), Promise.reject(new Error('y'))]);
  console.log(settled.map(s => s.status + ':' + (s.value ?? s.reason.message)));
  const forEachResult = [];
  [3, 1, 2].forEach(async (n) => { await delay(n, 'fe' + n); forEachResult.push(n); });
  console.log('forEach returned immediately', forEachResult);
  await delay(10, 'wait');
  console.log('forEach finished', forEachResult);
})();
