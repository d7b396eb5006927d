// async functions always return a promise, even for plain values and throws
async function value() { return 1; }
async function nothing() {}
async function thrower() { throw new Error('async throw'); }
const a = value(), b = nothing(), c = thrower();
console.log(a instanceof Promise, b instanceof Promise, c instanceof Promise);
console.log(a, b);
a.then(v => console.log('value', v));
b.then(v => console.log('nothing', v));
c.catch(e => console.log('thrower', e.message));
console.log('sync end');
