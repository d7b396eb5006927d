// an object with many short keys breaks one property per line
const o = {};
for (let i = 0; i < 30; i++) o['k' + i] = i;
console.log(o);
const short = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10 };
console.log(short);
