// several distinct cycles are numbered *1, *2
const a = { id: 'a' };
const b = { id: 'b' };
a.selfA = a;
b.selfB = b;
console.log({ a, b });
const parent = { kind: 'parent', children: [] };
parent.children.push({ kind: 'child', parent });
console.log(parent);
const shared = { s: 1 };
console.log({ p: shared, q: shared });
