// an error thrown in a then nobody catches kills the process after the current microtasks
Promise.resolve().then(() => { throw new Error('nobody catches me'); });
Promise.resolve().then(() => console.log('microtask still runs'));
process.nextTick(() => console.log('tick runs first'));
setTimeout(() => console.log('timer never runs'), 0);
console.log('sync');
