// util.inspect options: compact, breakLength, sorted, maxArrayLength, maxStringLength
const util = require('util');
const o = { b: [1, 2, 3], a: { x: 'y' }, c: 'text' };
console.log(util.inspect(o, { compact: false }));
console.log(util.inspect(o, { breakLength: 20 }));
console.log(util.inspect(o, { sorted: true }));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 3 }));
console.log(util.inspect('a'.repeat(30), { maxStringLength: 5 }));
console.log(util.inspect({ a: { b: { c: {} } } }, { depth: 0 }), util.inspect('str'), util.inspect(5));
