const { types, inspect, format, isDeepStrictEqual } = require('util');
const samples = [new Uint8Array(1), Buffer.alloc(1), new Float64Array(1), new BigInt64Array(1), new Uint8ClampedArray(1), new DataView(new ArrayBuffer(1)), new ArrayBuffer(1), Object(1n), new Number(1), Object('s'), new Boolean(true), Object(Symbol('x')), new Proxy({}, {}), Promise.resolve(), new Map(), /x/];
const checks = ['isUint8Array', 'isFloat64Array', 'isBigInt64Array', 'isUint8ClampedArray', 'isTypedArray', 'isArrayBufferView', 'isDataView', 'isArrayBuffer', 'isBigIntObject', 'isNumberObject', 'isStringObject', 'isBooleanObject', 'isSymbolObject', 'isBoxedPrimitive', 'isProxy', 'isPromise', 'isMap', 'isRegExp'];
for (const s of samples) console.log(Object.prototype.toString.call(s).slice(8, -1).padEnd(12), checks.filter(c => types[c](s)).join(','));
console.log(types.isInt16Array.name, types.isBigUint64Array(new BigUint64Array(0)), types.isUint8Array([1]));
console.log(isDeepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])), isDeepStrictEqual(Buffer.from('a'), Buffer.from('b')), isDeepStrictEqual(1n, 1n), isDeepStrictEqual([1n], [1]));
console.log(format('%s %d %i', 5n, 7n, 9n), inspect(new Proxy([1, 2], {})), inspect(Object(3n)));
