// @title Every microtask before the next macrotask
// @host node
// @note Two pastries and one cake: the baker clears the whole tray
// @note before touching the counter.

console.log('s');

Promise.resolve().then(() => console.log('m1'));
Promise.resolve().then(() => console.log('m2'));

setTimeout(() => console.log('t'), 0);
console.log('e');
