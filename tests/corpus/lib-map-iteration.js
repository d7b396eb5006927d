// iterating a Map: for-of, forEach, entries, and modifications during iteration
const m = new Map([['x', 1], ['y', 2], ['z', 3]]);
for (const [k, v] of m) console.log(k, v);
m.forEach((v, k, map) => console.log('forEach', k, v, map === m));
console.log([...m.entries()], Object.fromEntries(m));
const seen = [];
for (const [k] of m) {
  seen.push(k);
  if (k === 'x') { m.delete('y'); m.set('w', 4); }
}
console.log(seen);
console.log(new Map(Object.entries({ p: 1 })).get('p'));
