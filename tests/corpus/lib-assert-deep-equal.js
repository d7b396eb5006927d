// Deep equality as Node compares: Maps and Sets in any order, holes,
// prototypes, boxed primitives, dates, regexps and cycles.
const { isDeepStrictEqual } = require('util');
const assert = require('assert');
const loose = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
const cases = [
  [new Map([[1, 2]]), new Map([[1, 3]])], [new Set([1, 2]), new Set([2, 1])],
  [new Set([{ a: 1 }]), new Set([{ a: 1 }])], [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  [[1, , 3], [1, undefined, 3]], [NaN, NaN], [0, -0], [{ a: undefined }, {}],
  [new Set([1, '1']), new Set(['1', 1])], [/a/g, /a/i], [new Date(0), new Date(0)],
  [Object.create(null), {}], [new Error('a'), new TypeError('a')], [new Number(1), new Number(2)],
  [1, '1'], [null, undefined], [{ a: 1 }, { a: true }], [Buffer.from('a'), new Uint8Array([97])],
  [Object.assign([1], { x: 1 }), [1]], [{ [Symbol.for('s')]: 1 }, {}],
];
for (const [a, b] of cases) console.log(isDeepStrictEqual(a, b), loose(a, b));
const x = { n: 1 }; x.self = x;
const y = { n: 1 }; y.self = y;
console.log('cycle', isDeepStrictEqual(x, y));
