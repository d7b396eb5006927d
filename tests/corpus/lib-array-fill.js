// fill with start/end, and the shared-reference pitfall
console.log(new Array(4).fill(0));
console.log([1, 2, 3, 4, 5].fill('x', 1, 3), [1, 2, 3].fill(9, -1));
const grid = new Array(2).fill([]);
grid[0].push('shared');
console.log(grid);
const good = Array.from({ length: 2 }, () => []);
good[0].push('own');
console.log(good);
console.log(Array(3).fill().map((_, i) => i * i));
