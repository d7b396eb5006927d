// set algebra with spread and filter: union, intersection, difference, subset
const a = new Set([1, 2, 3, 4]);
const b = new Set([3, 4, 5]);
const union = new Set([...a, ...b]);
const inter = new Set([...a].filter(x => b.has(x)));
const diff = new Set([...a].filter(x => !b.has(x)));
const sym = new Set([...diff, ...[...b].filter(x => !a.has(x))]);
console.log(union, inter, diff, sym);
const isSubset = (x, y) => [...x].every(v => y.has(v));
console.log(isSubset(inter, a), isSubset(a, b));
console.log([...new Set('aabbccab')].join(''), Array.from(new Set([3, 1, 3])).sort());
const s = new Set();
s.add(s);
console.log(s.has(s), s.size, typeof Set.prototype.union);
