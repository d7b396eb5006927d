// prefix vs postfix increment and decrement, and on non-numbers
let a = 5;
console.log(a++, a, ++a, a, a--, a, --a, a);
let s = '5';
s++;
console.log(s, typeof s);
let u;
u++;
console.log(u);
let n = null;
n++;
console.log(n);
const obj = { c: 0 };
obj.c++;
++obj['c'];
console.log(obj.c);
const arr = [1];
arr[0]--;
console.log(arr);
