// Set formatting
console.log(new Set());
console.log(new Set([1, 'two', [3]]));
console.log(new Set([{ a: 1 }, new Set([2])]));
console.log([new Set(['x'])]);
