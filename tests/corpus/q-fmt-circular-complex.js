// circular structures: parent/child links and cycles through Maps and arrays
const parent = { name: 'root', children: [] };
const child = { name: 'leaf', parent };
parent.children.push(child, { name: 'leaf2', parent });
console.log(parent);
const m = new Map();
const holder = { m };
m.set('holder', holder);
console.log(holder);
const a = [];
const b = [a];
a.push(b, a);
console.log(a);
const node = { v: 1 };
node.next = { v: 2, next: { v: 3, next: node } };
console.log(node);
