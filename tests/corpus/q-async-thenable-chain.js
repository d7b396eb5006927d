// then callbacks returning thenables: each thenable costs extra ticks
const thenable = (v) => ({ then(res) { console.log('then called for', v); res(v); } });
Promise.resolve(1).then(() => thenable('A')).then(v => console.log('got', v));
Promise.resolve(1).then(() => 'B').then(v => console.log('got', v));
Promise.resolve(1).then(() => Promise.resolve('C')).then(v => console.log('got', v));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3')).then(() => console.log('tick 4'));
