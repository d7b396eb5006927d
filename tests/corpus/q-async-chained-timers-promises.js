// a chain alternating timers and promise-returning thens keeps strict order
const step = (name, ms) => () => new Promise(r => setTimeout(() => { console.log(name); r(name); }, ms));
Promise.resolve()
  .then(step('one', 30))
  .then(step('two', 10))
  .then(v => { console.log('got', v); return step('three', 20)(); })
  .then(() => { throw new Error('four failed'); })
  .then(step('skipped', 1))
  .catch(e => console.log('caught', e.message))
  .finally(() => console.log('finally'));
