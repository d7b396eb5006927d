// finally runs after settlement in chain order, receiving no arguments
Promise.resolve('ok')
  .finally((...args) => console.log('finally 1 args:', args.length))
  .then(v => console.log('then after finally:', v));
Promise.reject(new Error('bad'))
  .finally(() => console.log('finally 2'))
  .catch(e => console.log('catch after finally:', e.message));
console.log('sync');
