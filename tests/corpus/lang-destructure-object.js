// object destructuring: renaming, defaults, computed keys and rest
const obj = { a: 1, b: 2, c: 3, 'd-e': 4 };
const { a, b: bee, z = 'zed', ...others } = obj;
console.log(a, bee, z, others);
const key = 'c';
const { [key]: cee, 'd-e': de } = obj;
console.log(cee, de);
const { length } = 'hello';
console.log(length);
const { toFixed } = 5;
console.log(typeof toFixed);
let p, q;
({ p, q = 'q' } = { p: 'p' });
console.log(p, q);
