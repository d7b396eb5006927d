// seed: then, catch and finally callbacks are all microtasks and beat setTimeout 0
setTimeout(() => console.log('timeout'), 0);
Promise.reject(new Error('x')).catch(() => console.log('catch'));
Promise.resolve().finally(() => console.log('finally'));
Promise.resolve().then(() => console.log('then'));
queueMicrotask(() => console.log('queueMicrotask'));
console.log('sync');
