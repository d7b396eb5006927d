// for-in visits inherited enumerable properties, skips non-enumerable and symbols
const proto = { inherited: 1 };
const obj = Object.create(proto);
obj.own = 2;
Object.defineProperty(obj, 'hidden', { value: 3, enumerable: false });
obj[Symbol('s')] = 4;
for (const k in obj) console.log(k, Object.hasOwn(obj, k));
const deleted = { a: 1, b: 2, c: 3 };
for (const k in deleted) {
  if (k === 'a') delete deleted.b;
  console.log('visit', k);
}
for (const k in null) console.log('never');
for (const k in 5) console.log('never');
console.log('done');
