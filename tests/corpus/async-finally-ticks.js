// finally takes more ticks than then because it wraps the value in a promise
Promise.resolve('F').finally(() => console.log('finally cb')).then(v => console.log('after finally', v));
Promise.resolve('T').then(() => console.log('then cb')).then(() => console.log('after then'));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'));
