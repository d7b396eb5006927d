// util.inspect compact: true (Node's oldest layout), compact: false, depth null, showHidden, legacy arguments
const util = require("util");
const s = "line one is here\nline two is here\nline three is here\n".repeat(2);
console.log(util.inspect({ s }, { compact: false, breakLength: 40 }));
console.log(util.inspect({ s }, { compact: true, breakLength: 40 }));
console.log(util.inspect(new Map([[1, {a: [1,2,3]}]]), { compact: true }));
console.log(util.inspect(new Set(["a".repeat(50), "b".repeat(40)]), { compact: true }));
console.log(util.inspect([["a".repeat(50), "b".repeat(40)]], { compact: true }));
const o = { a: [1, 2, { b: 'x'.repeat(30) }], c: { d: { e: { f: 1 } } }, fn() {} };
console.log(util.inspect(o, { compact: true }));
console.log(util.inspect(o, { compact: true, breakLength: 40 }));
console.log(util.inspect(o, { depth: null }));
console.log(util.inspect([1, 2, 3], { showHidden: true }));
console.log(util.inspect(function foo() {}, { showHidden: true }));
console.log(util.inspect(new Error('e').message, { showHidden: true }));
console.log(util.inspect(Object.defineProperty({ v: 1 }, 'h', { value: 2 }), { showHidden: true }));
console.log(util.inspect(o, false, 0));
console.log(util.inspect(o, { breakLength: Infinity, depth: 5 }));
console.log(util.inspect('a\nb', { compact: false }), util.inspect(['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20), 'd'.repeat(20)], { breakLength: 50 }));
