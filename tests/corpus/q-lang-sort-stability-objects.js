// sort is stable; comparator returning booleans is a common bug
const people = [
  { n: 'ann', age: 30 }, { n: 'bob', age: 25 }, { n: 'cat', age: 30 },
  { n: 'dan', age: 25 }, { n: 'eve', age: 35 }, { n: 'fay', age: 30 },
];
console.log(people.slice().sort((a, b) => a.age - b.age).map(p => p.n).join(','));
console.log(people.slice().sort((a, b) => b.age - a.age || a.n.localeCompare(b.n)).map(p => p.n).join(','));
console.log([10, 9, 1, 2, 100, 20].sort().join(','));
console.log([3, 1, 2].sort((a, b) => a > b).join(','));
console.log(['b', undefined, 'a', , 'c'].sort());
console.log([5, 1, 4].sort(() => 0), ['B', 'a', 'C'].sort(), ['B', 'a', 'C'].sort((x, y) => x.toLowerCase() < y.toLowerCase() ? -1 : 1));
const arr = [3, 2, 1];
console.log(arr.toSorted(), arr, arr.toReversed(), arr.with(0, 9), arr);
