// finally passes the original value or reason through, ignoring its own return value
Promise.resolve(1)
  .finally(() => 2)
  .then(v => console.log('value still', v));
Promise.reject('r1')
  .finally(() => 'ignored')
  .catch(r => console.log('reason still', r));
Promise.resolve('slow')
  .finally(() => new Promise(res => setTimeout(() => { console.log('finally waited'); res('x'); }, 10)))
  .then(v => console.log('after waiting:', v));
