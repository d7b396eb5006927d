// with an uncaughtException handler the loop continues after a throwing timer
process.on('uncaughtException', (err, origin) => console.log('caught:', err.message, origin));
setTimeout(() => { console.log('t1'); throw new Error('t1 failed'); }, 0);
setTimeout(() => console.log('t2 still runs'), 20);
Promise.reject(new Error('rejected promise'));
console.log('main');
