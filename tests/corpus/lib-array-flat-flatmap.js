// flat with depth (default 1, Infinity), flatMap flattens one level
const nested = [1, [2, [3, [4, [5]]]]];
console.log(nested.flat());
console.log(nested.flat(2));
console.log(nested.flat(Infinity));
console.log([1, , 3, [4, , 6]].flat());
console.log(['a b', 'c'].flatMap(s => s.split(' ')));
console.log([1, 2, 3].flatMap(x => (x % 2 ? [x, x * 10] : [])));
console.log([1, 2].flatMap(x => [[x]]));
