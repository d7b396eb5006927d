const util = require('util');
console.log(util.inspect({ a: 1, b: 'two', c: [3], d: null, e: undefined, f: true, g: Symbol('s'), h: 5n }, { colors: true }));
console.log(util.inspect([function f() {}, /re/, new Date(0), new Map([[1, 'x']])], { colors: true }));
