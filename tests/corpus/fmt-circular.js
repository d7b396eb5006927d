// circular references print <ref *1> and [Circular *1]
const a = { name: 'a' };
a.self = a;
console.log(a);
const arr = [1];
arr.push(arr);
console.log(arr);
const x = { name: 'x' };
const y = { name: 'y', x };
x.y = y;
console.log(x);
const m = new Map();
m.set('me', m);
console.log(m);
