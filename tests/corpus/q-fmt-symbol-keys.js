// objects with symbol keys and symbol values, in various positions
const id = Symbol('id');
const o = { name: 'x', [id]: 123, [Symbol()]: 'anon', [Symbol.for('reg')]: [1], [Symbol.iterator]: null };
console.log(o);
console.log([Symbol('in array'), Symbol.asyncIterator], { s: Symbol('value') });
console.log(Symbol('top'), String(Symbol('str')), Symbol('a b'));
const hidden = {};
Object.defineProperty(hidden, Symbol('hidden'), { value: 1, enumerable: false });
console.log(hidden, Object.getOwnPropertySymbols(hidden).length);
console.log(new Map([[id, 'sym key']]));
