// non-enumerable properties are hidden from for-in, keys, spread and JSON but visible to getOwnPropertyNames
const o = { visible: 1 };
Object.defineProperty(o, 'hidden', { value: 2, enumerable: false });
Object.defineProperty(o, 'computed', { get() { return 3; }, enumerable: true });
for (const k in o) console.log('for-in', k);
console.log(Object.keys(o), JSON.stringify(o), { ...o });
console.log(Object.getOwnPropertyNames(o), o.hidden, o.propertyIsEnumerable('hidden'));
console.log(Object.getOwnPropertyDescriptor(o, 'hidden'));
console.log(Object.getOwnPropertyDescriptor(o, 'computed'));
o.hidden = 99;
console.log(o.hidden);
try { 'use strict'; Object.defineProperty(o, 'hidden', { value: 5, enumerable: true }); } catch (e) { console.log(e.name + ': ' + e.message); }
const proto = { inherited: true };
const child = Object.create(proto, { own: { value: 1, enumerable: true } });
for (const k in child) console.log('child for-in', k);
console.log(Object.assign({}, child));
