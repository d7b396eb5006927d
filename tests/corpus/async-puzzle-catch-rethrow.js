// catch that rethrows vs catch that returns, and where the value flows
Promise.reject(new Error('e1'))
  .catch(e => { console.log('catch 1', e.message); throw new Error('e2'); })
  .then(() => console.log('skipped'))
  .catch(e => { console.log('catch 2', e.message); return 'recovered'; })
  .then(v => console.log('then', v))
  .finally(() => console.log('finally'))
  .then(v => console.log('value after finally', v));
