const deep = [1, [2, [3, [4, [5, [6, [7, [8]]]]]]]];
console.log(deep);
console.log(JSON.stringify(deep));
const obj = { a: { b: { c: { d: { e: 1 } } } } };
console.log(obj);
console.log([obj]);
console.log({ arr: [[[[1]]]] });
console.log(new Map([['k', { deep: { deeper: { deepest: {} } } }]]));
console.log(require('util').inspect(deep, { depth: 0 }), require('util').inspect(deep, { depth: Infinity }));
