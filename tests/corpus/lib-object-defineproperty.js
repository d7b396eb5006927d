// Object.defineProperty defaults (non-writable, non-enumerable, non-configurable)
const o = {};
Object.defineProperty(o, 'x', { value: 1 });
console.log(o.x, Object.keys(o), JSON.stringify(o));
console.log(Object.getOwnPropertyDescriptor(o, 'x'));
o.x = 2;
console.log(o.x);
try {
  Object.defineProperty(o, 'x', { value: 3 });
} catch (e) {
  console.log(e.message);
}
Object.defineProperties(o, { a: { value: 'A', enumerable: true }, b: { get() { return 'B'; }, enumerable: true } });
console.log(o.a, o.b, Object.keys(o));
console.log(Object.getOwnPropertyDescriptors({ p: 1 }));
