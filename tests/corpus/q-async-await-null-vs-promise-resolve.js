// await of a native promise takes one tick, like await of a value; thenables take more
async function x(label, v) { await v; console.log(label); }
x('await value', 1);
x('await resolved promise', Promise.resolve());
x('await thenable', { then: r => r() });
x('await pending-then-resolved', new Promise(r => Promise.resolve().then(r)));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
