// an error thrown in a then callback rejects the derived promise, not the original
const base = Promise.resolve('base');
const derived = base.then(() => { throw new TypeError('derived failed'); });
derived.catch(e => console.log('derived:', e.name, e.message));
base.then(v => console.log('base is still fulfilled with', v));
const viaAsync = base.then(async () => { await null; throw new RangeError('async failed'); });
viaAsync.catch(e => console.log('viaAsync:', e.name));
