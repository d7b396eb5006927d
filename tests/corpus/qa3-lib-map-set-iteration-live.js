const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
for (const [k] of m) { if (k === 'a') { m.delete('b'); m.set('d', 4); } console.log('visit', k); }
const s = new Set([1, 2, 3]);
for (const v of s) { if (v < 5) s.add(v + 3); if (s.size > 6) break; }
console.log([...s]);
const keys = m.keys();
m.clear();
console.log(keys.next(), m.size);
const s2 = new Set([NaN, NaN, 0, -0, '0']);
console.log(s2, s2.has(-0), [...s2].map(x => Object.is(x, -0)));
const m2 = new Map(); const k1 = {}; m2.set(k1, 'obj').set({}, 'other');
console.log(m2.get(k1), m2.get({}), m2.size);
m.set('x', 1); m.forEach(function (v, k, map) { console.log(k, v, map === m, this.t); }, { t: 'thisArg' });
console.log(new Map(Object.entries({ p: 1, q: 2 })), [...new Set('mississippi')].join(''));
