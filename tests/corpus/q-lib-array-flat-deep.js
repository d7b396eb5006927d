// flat with depths, flatMap that returns non-arrays, and a hand-written deep flatten
const nested = [1, [2, [3, [4, [5]]]], [], [[]]];
console.log(nested.flat(), nested.flat(2), nested.flat(Infinity), nested.flat(0));
console.log([1, 2, 3].flatMap(x => [x, x * 2]), [1, 2].flatMap(x => [[x]]), ['a b', 'c'].flatMap(s => s.split(' ')));
const deep = arr => arr.reduce((acc, v) => acc.concat(Array.isArray(v) ? deep(v) : v), []);
console.log(deep(nested));
console.log([[1, 2], [3]].reduce((a, b) => [...a, ...b]), [].concat(...[[1], [2, [3]]]));
console.log([1, [2, , 4]].flat(), [, [1]].flat());
