const log = (...a) => console.log(...a);
Promise.all('abc').then(v => log('string iterable', v));
Promise.all(new Set([1, Promise.resolve(2)])).then(v => log('set', v));
Promise.all(new Map([[1, 'a']])).then(v => log('map', v));
Promise.all(42).catch(e => log(e.constructor.name, e.message));
Promise.race([]).then(() => log('never'));
Promise.allSettled([Promise.reject(0), 1]).then(v => log(JSON.stringify(v)));
Promise.any([Promise.reject(new Error('x')), Promise.reject(new Error('y'))])
  .catch(e => log(e.constructor.name, e.message, e.errors.map(x => x.message)));
Promise.all(function* () { yield 1; yield Promise.resolve(2); }()).then(v => log('gen', v));
Promise.race([new Promise(r => setTimeout(r, 40, 'slow')), new Promise(r => setTimeout(r, 5, 'fast'))]).then(v => log('race', v));
