// chained assignment creates globals in sloppy mode; evaluation order of member assignment
function leak() { var a = b = 5; return typeof a; }
console.log(leak(), typeof b, b);
const o = {};
let i = 0;
o[i++] = o[i++] = i;
console.log(o, i);
let x = 1;
x += x++ + ++x;
console.log(x);
const arr = [1, 2, 3];
let j = 0;
arr[j] = j = 2;
console.log(arr, j);
let p = { n: 1 };
const q = p;
p.next = p = { n: 2 };
console.log(q, p);
