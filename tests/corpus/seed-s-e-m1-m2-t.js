// seed: all queued microtasks run before the next macrotask (s, e, m1, m2, t)
console.log('s');
Promise.resolve().then(() => console.log('m1'));
Promise.resolve().then(() => console.log('m2'));
setTimeout(() => console.log('t'), 0);
console.log('e');
