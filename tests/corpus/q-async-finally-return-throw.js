// finally: a returned value is ignored, a throw or rejected promise replaces the result
Promise.resolve('keep').finally(() => 'ignored').then(v => console.log('1', v));
Promise.reject(new Error('keep err')).finally(() => 'ignored').catch(e => console.log('2', e.message));
Promise.resolve('lost').finally(() => { throw new Error('from finally'); }).catch(e => console.log('3', e.message));
Promise.resolve('lost').finally(() => Promise.reject(new Error('rejected finally'))).catch(e => console.log('4', e.message));
Promise.resolve('waits').finally(() => new Promise(r => setTimeout(r, 20))).then(v => console.log('5', v));
Promise.resolve('x').finally((...args) => console.log('finally args', args.length));
