// non-function arguments to then/catch are ignored and values pass through
Promise.resolve('v1').then(null).then(undefined, undefined).then(42).then(v => console.log('passed through', v));
Promise.reject('r1').then(v => v).catch('not fn').catch(r => console.log('reason passed through', r));
Promise.resolve('v2').catch(e => 'unused').then(v => console.log('catch skipped', v));
Promise.resolve('v3').finally(null).then(v => console.log('finally(null) passes', v));
console.log('sync');
