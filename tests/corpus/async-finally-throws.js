// an exception (or rejected promise) inside finally replaces the outcome
Promise.resolve('good')
  .finally(() => { throw new Error('finally threw'); })
  .then(v => console.log('never', v), e => console.log('A', e.message));
Promise.reject(new Error('original'))
  .finally(() => Promise.reject(new Error('finally rejected')))
  .catch(e => console.log('B', e.message));
Promise.reject(new Error('kept'))
  .finally(() => Promise.resolve('fine'))
  .catch(e => console.log('C', e.message));
