// comma operator evaluates left to right and yields the last; nested ternaries
let a = (1, 2, 3);
console.log(a);
let i = 0, j = 0;
const r = (i++, j += 10, i + j);
console.log(r, i, j);
const classify = n => n < 0 ? 'neg' : n === 0 ? 'zero' : n < 10 ? 'small' : 'big';
console.log([-5, 0, 5, 50].map(classify));
const t = true ? false ? 1 : 2 : 3;
console.log(t);
for (let x = 0, y = 5; x < y; x++, y--) console.log(x, y);
