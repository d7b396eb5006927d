// @title Promise.resolve and Promise.reject
// @host node
// @note Ready-made settled promises. Their callbacks are still
// @note microtasks: they never run synchronously.

const a = Promise.resolve(42);
const b = Promise.reject(new Error('nope'));

a.then((v) => console.log('resolved value', v));
b.catch((e) => console.log('rejected reason', e.message));

console.log('callbacks wait for the stack to empty');
