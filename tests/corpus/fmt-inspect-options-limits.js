// util.inspect options: maxArrayLength, maxStringLength, breakLength, compact, sorted, depth
const util = require('util');
const arr = Array.from({ length: 30 }, (_, i) => i);
console.log(util.inspect(arr, { maxArrayLength: 5 }));
console.log(util.inspect(arr, { maxArrayLength: 0 }));
console.log(util.inspect(new Set(arr), { maxArrayLength: 3 }));
console.log(util.inspect(new Map([[1, 'a'], [2, 'b'], [3, 'c']]), { maxArrayLength: 1 }));
console.log(util.inspect('x'.repeat(30), { maxStringLength: 4 }));
console.log(util.inspect(['abcdefgh', 'ij'], { maxStringLength: 3 }));
const obj = { zeta: 1, alpha: { nested: { deeper: { deepest: true } } }, mid: [1, 2, 3] };
console.log(util.inspect(obj, { sorted: true }));
console.log(util.inspect(obj, { depth: 0 }));
console.log(util.inspect(obj, { depth: Infinity }));
console.log(util.inspect(obj, { compact: false }));
console.log(util.inspect(obj, { breakLength: 20 }));
console.log(util.inspect(obj, { compact: 1, breakLength: Infinity }));
console.log(util.inspect({ b: 2, a: 1, c: [3, 1] }, { sorted: (x, y) => (x < y ? 1 : -1) }));
