const people = [
  { name: 'Ann', age: 30 }, { name: 'Bob', age: 25 }, { name: 'Cid', age: 30 }, { name: 'Dee', age: 25 },
  { name: 'Eve', age: 35 }, { name: 'Fay', age: 30 }, { name: 'Gus', age: 25 }, { name: 'Hal', age: 35 },
  { name: 'Ivy', age: 30 }, { name: 'Jon', age: 25 }, { name: 'Kim', age: 40 }, { name: 'Lea', age: 30 },
];
console.log(people.slice().sort((a, b) => a.age - b.age).map(p => p.name).join(' '));
console.log(people.slice().sort((a, b) => b.age - a.age).map(p => `${p.name}${p.age}`).join(' '));
const big = Array.from({ length: 100 }, (_, i) => ({ k: i % 3, i }));
const sorted = big.slice().sort((a, b) => a.k - b.k);
console.log(sorted.every((v, i, a) => i === 0 || a[i - 1].k < v.k || (a[i - 1].k === v.k && a[i - 1].i < v.i)));
console.log([10, 9, 1, 100, 25].sort(), [10, 9, 1, 100, 25].sort((a, b) => a - b), ['b', undefined, 'a', , 'c'].sort(), [3, 2, 1].sort(() => 0));
console.log([true, false, 'true', 1, '1', null, undefined, NaN].sort(), ['10', '9', '1e1', 'abc', 'ABC', '_'].sort());
const calls = [];
[3, 1, 2].sort((a, b) => { calls.push(`${a}${b}`); return a - b; });
console.log(calls.length > 0, [5, 1, 4].sort((a, b) => (a < b ? -1 : 1)), [1, 2, 3].sort((a, b) => b > a), [1, 2, 3].sort((a, b) => (b > a) - (b < a)));
try { [1, 2].sort('nope'); } catch (e) { console.log(e.message); }
const objSort = Array.prototype.sort.call({ 0: 'c', 1: 'a', 2: 'b', length: 3 });
console.log(objSort, ['é', 'e', 'z', 'a'].sort(), ['é', 'e', 'z', 'a'].sort(Intl.Collator().compare), [-1, -2, 3].sort());
