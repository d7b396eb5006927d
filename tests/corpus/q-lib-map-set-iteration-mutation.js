// Map and Set iteration sees entries added during iteration and skips deleted ones
const s = new Set([1, 2, 3]);
for (const x of s) {
  console.log('visit', x);
  if (x === 1) { s.delete(2); s.add(4); }
  if (x === 4) s.add(1);
}
console.log([...s]);
const m = new Map([['a', 1], ['b', 2]]);
for (const [k, v] of m) { console.log(k, v); if (k === 'a' && v === 1) { m.delete('a'); m.set('a', 10); } }
console.log(m);
const m2 = new Map([[1, 'x']]);
m2.set(1, 'y').set(NaN, 'nan').set(-0, 'zero');
console.log(m2.get(NaN), m2.get(0), [...m2.keys()], m2.size);
m2.clear();
console.log(m2.size, m2.get(1));
