// console.table with nested values, mixed rows and primitive rows
console.table([{ a: { x: 1 }, b: [1, 2] }, { a: 'str', b: null }]);
console.table([1, 'two', { three: 3 }]);
console.table(new Map([['k1', { v: 1 }], ['k2', { v: 2 }]]));
console.table([[]]);
console.table([{ 'long column name': 'value' }]);
