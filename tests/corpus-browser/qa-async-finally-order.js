// finally passes values through and runs in the chain's order; a throw in finally replaces the result.
// @host browser
Promise.resolve('v')
  .finally(() => console.log('finally 1'))
  .then((v) => console.log('then got', v));
Promise.reject(new Error('r'))
  .finally(() => console.log('finally 2'))
  .catch((e) => console.log('catch got', e.message));
Promise.resolve('w')
  .finally(() => { throw new Error('from finally'); })
  .catch((e) => console.log('replaced by', e.message));
Promise.resolve().then(() => console.log('plain then'));
