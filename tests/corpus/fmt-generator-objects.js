// generator objects and async function results
function* gen() { yield 1; }
console.log(gen());
console.log(Object.prototype.toString.call(gen()));
async function af() { return 1; }
const p = af();
console.log(p);
console.log(gen);
