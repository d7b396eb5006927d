// A microtask that throws is reported before the next microtask runs.
// @host browser
queueMicrotask(() => console.log('microtask 1'));
queueMicrotask(() => { throw new Error('microtask 2 threw'); });
queueMicrotask(() => console.log('microtask 3'));
Promise.resolve().then(() => { throw new Error('then threw'); });
Promise.resolve().then(() => console.log('then 2'));
console.log('sync end');
