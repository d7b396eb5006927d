// Promise.all resolves with values in input order, not completion order
const delay = (ms, v) => new Promise(r => setTimeout(() => { console.log('done', v); r(v); }, ms));
Promise.all([delay(100, 'slow'), delay(1, 'fast'), 'plain value', Promise.resolve('resolved')])
  .then(values => console.log('all:', values));
Promise.all([delay(5, 'only')]).then(([v]) => console.log('destructured', v));
console.log('sync end');
