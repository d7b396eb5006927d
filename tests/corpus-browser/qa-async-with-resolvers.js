// Promise.withResolvers hands out resolve and reject; a timer settles the promise later.
// @host browser
const { promise, resolve, reject } = Promise.withResolvers();
promise.then((v) => console.log('resolved with', v));
setTimeout(() => resolve('baked'), 50);
setTimeout(() => { resolve('again'); reject(new Error('late')); console.log('second settle ignored'); }, 100);
const second = Promise.withResolvers();
second.promise.catch((e) => console.log('rejected with', e.message));
second.reject(new Error('burnt'));
console.log('types', typeof resolve, typeof reject, String(promise instanceof Promise));
