// copyWithin, fill and splice with negative and out-of-range arguments
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(-2, 0, 2), [1, 2, 3].copyWithin(1));
console.log([1, 2, 3, 4].fill(0, -2), [1, 2, 3].fill(9, 5), new Array(3).fill().map((_, i) => i));
const grid = new Array(2).fill([]);
grid[0].push('shared');
console.log(grid);
const a = [1, 2, 3, 4, 5];
console.log(a.splice(-2), a, a.splice(1, 0, 'x', 'y'), a, a.splice(1), a);
const b = [1, 2, 3];
console.log(b.splice(), b.splice(undefined), b, [1, 2, 3].splice(1, -1), [1, 2, 3].toSpliced(0, 1, 'z'));
