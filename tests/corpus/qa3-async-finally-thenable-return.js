const log = [];
Promise.resolve('v')
  .finally(() => ({ then(r) { log.push('finally thenable then'); r('ignored'); } }))
  .then(v => log.push('after finally: ' + v));
Promise.reject(new Error('boom'))
  .finally(() => new Promise(r => setTimeout(() => { log.push('slow finally done'); r('x'); }, 5)))
  .catch(e => log.push('caught ' + e.message));
Promise.resolve(1)
  .finally(() => { throw new Error('finally threw'); })
  .then(() => log.push('not here'), e => log.push('rejected: ' + e.message));
Promise.resolve(2)
  .finally(() => Promise.reject(new Error('finally rejected')))
  .catch(e => log.push('caught: ' + e.message));
Promise.resolve(3).finally(42).then(v => log.push('non-callable finally: ' + v));
setTimeout(() => console.log(log.join('\n')), 20);
