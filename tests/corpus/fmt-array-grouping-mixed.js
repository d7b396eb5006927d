// grouping applies to mixed short items but not when items contain objects or are long
console.log([1, 'two', 3, 'four', 5, 'six', 7, null, undefined, true]);
console.log([[1], [2], [3], [4], [5], [6], [7]]);
console.log([{ a: 1 }, 2, 3, 4, 5, 6, 7]);
console.log(['x'.repeat(20), 'y'.repeat(20), 'z'.repeat(20), 'w'.repeat(20), 'v'.repeat(20), 'u'.repeat(20), 't'.repeat(20)]);
