// an exception in the executor rejects the promise, unless it already resolved
const p = new Promise(() => {
  throw new Error('executor failed');
});
p.catch(e => console.log('caught:', e.message));
const q = new Promise((resolve) => {
  resolve('resolved first');
  throw new Error('ignored after resolve');
});
q.then(v => console.log('q:', v));
console.log('sync end');
