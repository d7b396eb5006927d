// Resolving with a promise costs extra microtask ticks (same as Node).
// @host browser
async function plain() { return 1; }
async function returnsPromise() { return Promise.resolve(2); }
returnsPromise().then((v) => console.log('returnsPromise', v));
plain().then((v) => console.log('plain', v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
new Promise((resolve) => resolve(Promise.resolve('thenable'))).then((v) => console.log('resolved with a promise:', v));
