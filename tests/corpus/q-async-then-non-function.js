// then/catch/finally with non-function arguments pass values through
Promise.resolve(1).then(2).then(null).then(undefined, 'x').then(v => console.log('passed through', v));
Promise.reject(new Error('e')).then(v => console.log('no')).catch('not fn').catch(e => console.log('caught', e.message));
Promise.resolve('v').finally(42).then(v => console.log('finally non-fn', v));
Promise.resolve(Promise.resolve('nested')).then(console.log);
Promise.resolve().then(Promise.resolve('ignored promise arg')).then(v => console.log('value is', v));
