// Set stores unique values (SameValueZero), keeps insertion order
const s = new Set([1, 2, 2, '2', NaN, NaN, 0, -0]);
console.log(s.size, [...s]);
console.log(s.has(2), s.has('3'), s.add(3) === s, s.delete(1), s.delete(1));
const o = {};
s.add(o).add(o).add({});
console.log(s.size);
s.forEach((v, v2, set) => { if (!Object.is(v, v2) || set !== s) console.log('never'); });
console.log([...new Set('mississippi')].join(''));
console.log([...s.keys()].length === [...s.values()].length, [...new Set([1]).entries()]);
s.clear();
console.log(s.size);
