// union, intersection and difference implemented with Sets
const a = new Set([1, 2, 3, 4]);
const b = new Set([3, 4, 5]);
const union = new Set([...a, ...b]);
const inter = new Set([...a].filter(x => b.has(x)));
const diff = new Set([...a].filter(x => !b.has(x)));
console.log([...union], [...inter], [...diff]);
const dedupe = arr => [...new Set(arr)];
console.log(dedupe([3, 1, 3, 2, 1]));
const visited = new Set();
for (const x of [5, 6, 5, 7, 6]) {
  if (visited.has(x)) console.log('dup', x);
  visited.add(x);
}
