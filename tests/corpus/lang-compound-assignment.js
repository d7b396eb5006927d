// compound assignment operators evaluate the target once
let x = 10;
x += 5; console.log(x);
x -= 3; console.log(x);
x *= 2; console.log(x);
x /= 4; console.log(x);
x %= 4; console.log(x);
x **= 3; console.log(x);
x <<= 2; console.log(x);
x >>= 1; console.log(x);
x >>>= 1; console.log(x);
x &= 6; x |= 9; x ^= 3; console.log(x);
let i = 0;
const arr = [10, 20, 30];
arr[i++] += 5;
console.log(arr, i);
let s = 'a';
s += 1 + 2;
console.log(s);
