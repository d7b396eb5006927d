const thenable = {
  then(resolve, reject) {
    console.log('then called', typeof resolve, typeof reject);
    resolve(42);
  }
};
async function a() {
  console.log('a start');
  const v = await thenable;
  console.log('a got', v);
  const w = await 7;
  console.log('a got', w);
  const n = await null;
  console.log('a got', n);
  return 'done';
}
a().then(v => console.log('result', v));
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
console.log('sync end');
const bad = { then() { throw new Error('then exploded'); } };
(async () => {
  try { await bad; } catch (e) { console.log('caught', e.message); }
})();
