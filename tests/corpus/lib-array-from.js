// Array.from with array-likes, iterables, strings, map function and this arg
console.log(Array.from({ length: 3 }));
console.log(Array.from({ length: 3, 0: 'a', 2: 'c' }));
console.log(Array.from({ length: 5 }, (_, i) => i * 2));
console.log(Array.from('héllo'), Array.from('😀x'));
console.log(Array.from(new Set(['a', 'b', 'a'])));
console.log(Array.from(new Map([[1, 'one']])));
console.log(Array.from([1, 2, 3], function (x) { return x * this.k; }, { k: 10 }));
console.log(Array.from(5), Array.from(null ?? []));
function* g() { yield 1; yield 2; }
console.log(Array.from(g(), x => x + 0.5));
