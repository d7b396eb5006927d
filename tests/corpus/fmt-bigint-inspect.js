// How console.log and util.inspect show BigInts and BigInt objects
const util = require('util');
console.log(1n, -0n, 2n ** 70n, [1n, -2n], { a: 3n, nested: { b: [4n] } });
console.log(Object(5n), [Object(-6n)], typeof Object(1n), Object(1n) instanceof BigInt);
console.log(new Map([[1n, 2n ** 64n]]), new Set([0n, 1n]));
console.log('%d | %i | %s | %f | %j', 42n, 7n, 99n, 8n, 'text');
console.log('%o and %O', 1n, { big: 2n });
console.log(util.inspect(10n), util.inspect(Object(10n)), util.format('%s', -3n), String(Object(4n)));
console.log([1n, 22n, 333n, 4444n, 55555n, 666666n, 7777777n, 1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n, 10n, 11n, 12n, 13n, 14n, 15n, 16n, 17n, 18n, 19n, 20n, 21n, 22n, 23n]);
console.log(Object.assign(Object(5n), { extra: true }), util.types.isBoxedPrimitive(Object(1n)));
console.log(structuredClone({ n: 1n, boxed: Object(2n) }), Object.prototype.toString.call(1n));
console.log({ [1n]: 'key', 0x10n: 'hex' }, ['a', 'b'][1n], BigInt, BigInt.prototype[Symbol.toStringTag]);
console.log(typeof process.hrtime.bigint(), process.hrtime.bigint() > 0n);
console.log(util.inspect([1234567n, -1000n, 999n, 2n ** 70n], { numericSeparator: true }));
