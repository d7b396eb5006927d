// array length is writable; holes are not undefined values
const a = [1, 2, 3, 4, 5];
a.length = 2;
console.log(a, a[3]);
a.length = 4;
console.log(a, 2 in a);
const b = [];
b[5] = 'x';
console.log(b.length, b.indexOf(undefined), b.findIndex(v => v === undefined));
let visited = 0;
b.forEach(() => visited++);
console.log(visited, Object.keys(b));
const c = new Array(3);
console.log(c.length, c.map(() => 1), Array.from(c, () => 1));
console.log([, , 1].length, [1, , 3].join('-'));
