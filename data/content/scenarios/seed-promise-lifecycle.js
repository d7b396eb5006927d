// @title A promise's life: pending, fulfilled, rejected
// @host node
// @note resolve() fulfils, reject() rejects; then() returns a new promise,
// @note catch() is then(null, handler) and finally() runs after either.

const ok = new Promise((resolve, reject) => {
  setTimeout(() => resolve('flour delivered'), 20);
});

const bad = new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error('oven broke')), 10);
});

ok.then((value) => console.log('fulfilled with', value))
  .finally(() => console.log('ok settled'));

bad.then(null, (err) => console.log('then(null, f) got', err.message));
bad.catch((err) => console.log('catch got', err.message))
  .finally(() => console.log('bad settled'));
