// Map/Set/array iterators print their pending entries
const m = new Map([['a', 1], ['b', 2]]);
console.log(m.entries());
console.log(m.keys(), m.values());
const s = new Set(['x', 'y']);
console.log(s.values(), s.entries());
const it = m.keys();
it.next();
console.log(it);
console.log([1, 2][Symbol.iterator]());
