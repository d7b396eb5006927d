// reduce patterns: group by, count, index by id, pipe, and reduce without an initial value
const items = [
  { id: 3, type: 'fruit', name: 'apple' }, { id: 1, type: 'veg', name: 'leek' },
  { id: 2, type: 'fruit', name: 'pear' }, { id: 4, type: 'grain', name: 'rye' },
];
const byType = items.reduce((acc, it) => ((acc[it.type] ||= []).push(it.name), acc), {});
console.log(byType);
const counts = 'mississippi'.split('').reduce((m, c) => m.set(c, (m.get(c) || 0) + 1), new Map());
console.log(counts);
console.log(items.reduce((acc, it) => ({ ...acc, [it.id]: it.name }), {}));
const pipe = (...fns) => x => fns.reduce((v, f) => f(v), x);
console.log(pipe(x => x + 1, x => x * 2, String)(3));
console.log([1, 2, 3].reduceRight((a, b) => a + '-' + b), [[0, 1], [2, 3]].reduceRight((a, b) => a.concat(b)));
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log([5].reduce((a, b) => a + b), [].reduce((a, b) => a + b, 'init'));
