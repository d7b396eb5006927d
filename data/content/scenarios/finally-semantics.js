// @title What finally passes on
// @host node
// @note finally gets no argument and passes the result through, unless
// @note it throws (or returns a rejected promise).

Promise.resolve('bread')
  .finally(() => {
    console.log('finally sees no value');
    return 'ignored';
  })
  .then((v) => console.log('then still gets', v));

Promise.reject(new Error('burnt'))
  .finally(() => console.log('finally runs on rejection too'))
  .catch((e) => console.log('catch still gets', e.message));

Promise.resolve('bread')
  .finally(() => {
    throw new Error('finally threw');
  })
  .catch((e) => console.log('a throw replaces the result:', e.message));
