// Map keeps insertion order, allows any key type and uses SameValueZero
const m = new Map();
const objKey = {};
m.set('a', 1).set(1, 'number one').set('1', 'string one').set(objKey, 'obj').set(NaN, 'nan');
console.log(m.size, m.get(1), m.get('1'), m.get(objKey), m.get({}), m.get(NaN));
console.log(m.has('a'), m.has('b'), m.delete('a'), m.delete('a'), m.size);
m.set(-0, 'zero');
console.log(m.get(0), [...m.keys()].map(String));
m.set(1, 'updated');
console.log([...m.values()]);
m.clear();
console.log(m.size, m.get(1));
console.log(new Map([[1, 'a'], [1, 'b']]).get(1));
