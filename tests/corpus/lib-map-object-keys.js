// Map with object and function keys keeps identity; objects convert keys to strings
const k1 = { id: 1 }, k2 = { id: 2 };
const m = new Map([[k1, 'first'], [k2, 'second']]);
const o = {};
o[k1] = 'first';
o[k2] = 'second';
console.log(m.size, m.get(k1), Object.keys(o), o[k1]);
const fnKey = () => {};
m.set(fnKey, 'fn');
console.log(m.get(fnKey), m.has(() => {}));
console.log(new Map([[[1], 'arr']]).get([1]));
