// resolving a new Promise with another promise adopts its state (taking extra ticks)
const inner = Promise.resolve('inner value');
const outer = new Promise(resolve => resolve(inner));
console.log(outer === inner);
outer.then(v => console.log('outer', v));
inner.then(v => console.log('inner', v));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
