// promises in containers, and built-in iterator objects
const p1 = Promise.resolve({ a: [1, 2] });
const p2 = new Promise(() => {});
const p3 = Promise.reject('why');
p3.catch(() => {});
console.log([p1, p2], { p3 });
console.log([1, 2][Symbol.iterator](), new Map([[1, 2]]).entries(), new Set(['x']).values());
console.log('ab'[Symbol.iterator](), [1, 2].entries(), Object.entries({ a: 1 }).values());
function* g() { yield 1; }
console.log(g(), g);
