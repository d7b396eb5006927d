// swapping variables and array elements with destructuring
let a = 1, b = 2;
[a, b] = [b, a];
console.log(a, b);
const arr = [1, 2, 3, 4];
[arr[0], arr[3]] = [arr[3], arr[0]];
console.log(arr);
const o = {};
[o.x, o.y] = [10, 20];
({ x: o.z } = { x: 30 });
console.log(o);
let x = 1, y = 2, z = 3;
[x, y, z] = [z, x, y];
console.log(x, y, z);
