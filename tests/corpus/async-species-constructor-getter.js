// the Get of "constructor" runs a getter each time the spec reads it
let reads = 0;
const p = Promise.resolve('v');
Object.defineProperty(p, 'constructor', {
  get() { reads++; return Promise; },
});
p.then(v => console.log('then', v, 'reads', reads));
console.log('after then', reads);
console.log('resolve returns same:', Promise.resolve(p) === p, 'reads', reads);
p.finally(() => console.log('finally, reads', reads));
console.log('after finally', reads);
(async () => {
  const v = await p;
  console.log('awaited', v, 'reads', reads);
})();
Promise.all([p]).then(() => console.log('all done, reads', reads));
