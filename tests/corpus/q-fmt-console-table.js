// console.table with arrays of objects, column filtering and primitive arrays
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([[1, 2], [3, 4, 5]]);
console.table(['apple', 'banana']);
console.table({ r1: { c: 1 }, r2: { c: 2 } });
console.table([{ name: 'n', v: 1, w: 2 }], ['v']);
console.table('not tabular');
