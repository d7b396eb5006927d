// Promise.all keeps input order regardless of completion order; non-promises pass through
const later = (ms, v) => new Promise(r => setTimeout(() => { console.log('done', v); r(v); }, ms));
Promise.all([later(80, 'slow'), later(20, 'fast'), 42, Promise.resolve('now')]).then(r => console.log(r));
Promise.all('abc').then(r => console.log('string iterable', r));
Promise.all(new Set([1, Promise.resolve(2)])).then(r => console.log('set', r));
Promise.allSettled([Promise.reject(new Error('no')), 1]).then(r => console.log(r.map(x => x.status)));
Promise.any([Promise.reject(1), later(40, 'any winner')]).then(v => console.log('any', v));
