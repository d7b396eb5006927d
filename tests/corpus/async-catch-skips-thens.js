// a rejection skips then callbacks until a catch (or then with a rejection handler)
Promise.reject(new Error('E'))
  .then(() => console.log('skipped 1'))
  .then(() => console.log('skipped 2'))
  .then(null, e => { console.log('handled by then(null, fn):', e.message); return 'back'; })
  .then(v => console.log('continues with', v))
  .catch(() => console.log('not reached'))
  .then(v => console.log('after catch, value', v));
