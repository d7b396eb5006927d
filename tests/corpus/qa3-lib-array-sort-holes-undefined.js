const a = [3, undefined, 1, , 2, null, 'b', 'a', 10];
console.log(a.sort());
console.log([3, undefined, 1, , 2].sort((x, y) => y - x));
console.log([10, 9, 1, 100, 25].sort(), [-1, -10, 2].sort(), ['B', 'a', 'C'].sort());
const people = [{ n: 'x', a: 30 }, { n: 'y', a: 25 }, { n: 'z', a: 30 }, { n: 'w', a: 25 }];
console.log(people.sort((p, q) => p.a - q.a).map(p => p.n).join(''));
try { [2, 1].sort('not a function'); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log([1, 2, 3].sort(() => 0), [true, false].sort(), [[2], [1, 5], [1]].sort());
const arr = [5, 1, 4]; const r = arr.sort();
console.log(r === arr, arr.reverse() === arr, arr);
