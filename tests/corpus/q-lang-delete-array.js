// delete on array elements leaves holes; length is unchanged
const a = [1, 2, 3, 4];
console.log(delete a[1], a.length, a);
console.log(a.indexOf(undefined), a.includes(undefined), a.findIndex(x => x === undefined));
console.log(Object.keys(a), a.map(x => x * 2));
let count = 0;
a.forEach(() => count++);
console.log(count);
console.log(delete a.length, a.length);
const o = { x: 1 };
console.log(delete o.x, delete o.x, delete o.nothing, o);
var g = 1;
console.log(delete globalThis.g, typeof g);
globalThis.h = 2;
console.log(delete globalThis.h, typeof h);
