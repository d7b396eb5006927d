// @title Promise before timeout
// @host node
// @note The timer is scheduled first, yet the promise callback wins:
// @note it is a microtask, and the tray is emptied before the next cake.

console.log('start');

setTimeout(() => console.log('timeout'), 0);

Promise.resolve().then(() => console.log('promise'));

console.log('end');
