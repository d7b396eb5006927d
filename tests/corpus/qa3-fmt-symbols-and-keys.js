const s = Symbol('desc');
const o = { [s]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, 'a-b': 4, 1: 5, valid_id: 6, 'with space': 7, '': 8 };
console.log(o);
console.log(s, Symbol(), Symbol.for('reg'), Symbol.asyncIterator);
console.log([s], { s });
console.log(s.toString(), s.description, Symbol().description);
console.log(Object.getOwnPropertySymbols(o).length);
console.log({ 'quote\'s': 1, "dq\"": 2, '\n': 3 });
