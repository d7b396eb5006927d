// seed: a promise callback (microtask) runs before a zero-delay timeout (macrotask)
console.log('start');
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
console.log('end');
