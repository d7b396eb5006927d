// Promise.all accepts any iterable and non-promise values
Promise.all([1, 'two', null, undefined, { then(r) { r('thenable'); } }])
  .then(v => console.log(v));
Promise.all('abc').then(v => console.log(v));
Promise.all(new Map([['k', 'v']])).then(v => console.log(v));
function* gen() { yield Promise.resolve('g1'); yield 'g2'; }
Promise.all(gen()).then(v => console.log(v));
Promise.all(5).catch(e => console.log(e.name + ': ' + e.message));
