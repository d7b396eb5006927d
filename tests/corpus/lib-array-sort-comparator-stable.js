// sort with a comparator is stable: equal elements keep their original order
const people = [
  { name: 'Ann', age: 30 }, { name: 'Bob', age: 25 }, { name: 'Cid', age: 30 },
  { name: 'Dee', age: 25 }, { name: 'Eve', age: 35 }, { name: 'Fay', age: 30 },
];
console.log(people.sort((a, b) => a.age - b.age).map(p => p.name).join(' '));
console.log(people.sort((a, b) => b.age - a.age).map(p => p.name).join(' '));
console.log([10, 9, 1, 100, 25].sort((a, b) => a - b));
console.log([10, 9, 1, 100, 25].sort((a, b) => b - a));
const words = ['banana', 'Apple', 'cherry', 'apple', 'Banana'];
console.log(words.sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
const big = Array.from({ length: 30 }, (_, i) => ({ k: i % 3, i }));
console.log(big.sort((a, b) => a.k - b.k).map(x => x.i).join(','));
