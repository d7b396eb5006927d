// symbols as values and keys
const s = Symbol('desc');
console.log(s, Symbol(), Symbol.iterator, Symbol.for('reg'));
console.log([s], { [s]: 1, regular: 2 }, { key: s });
console.log({ [Symbol()]: 'anon', [Symbol.iterator]: 'it' });
console.log(Symbol('with space'), [Symbol('')]);
