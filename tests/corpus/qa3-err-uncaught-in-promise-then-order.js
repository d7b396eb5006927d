process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer after unhandled?'), 0);
Promise.resolve().then(() => { throw new RangeError('in then'); });
Promise.resolve().then(() => console.log('sibling microtask'));
process.nextTick(() => console.log('nextTick'));
console.log('sync');
