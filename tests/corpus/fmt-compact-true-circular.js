// With compact: true the circular reference marker opens the braces.
const util = require('util');
const parent = { name: 'parent', children: [] };
parent.children.push({ name: 'child', parent });
console.log(util.inspect(parent, { compact: true }));
const list = [1, 2];
list.push(list);
console.log(util.inspect({ list }, { compact: true }));
console.log(util.inspect(parent, { compact: true, breakLength: 20 }));
