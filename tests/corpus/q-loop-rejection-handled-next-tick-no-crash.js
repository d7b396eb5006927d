// a rejection given a handler before the microtask queue drains never counts as unhandled
const p = Promise.reject(new Error('soon handled'));
process.nextTick(() => p.catch(e => console.log('handled in tick:', e.message)));
const q = Promise.reject(new Error('handled in micro'));
Promise.resolve().then(() => Promise.resolve()).then(() => q.catch(e => console.log('handled later micro:', e.message)));
console.log('main');
