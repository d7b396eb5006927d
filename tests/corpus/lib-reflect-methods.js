// Reflect.* behave like the internal methods they expose
const o = { a: 1, get twice() { return this.a * 2; } };
console.log(Reflect.get(o, 'twice'), Reflect.get(o, 'twice', { a: 5 }));
const receiver = {};
console.log(Reflect.set(o, 'b', 2, receiver), o.b, receiver.b);
console.log(Reflect.has(o, 'a'), Reflect.has(o, 'toString'), Reflect.ownKeys(o));
console.log(Reflect.defineProperty(o, 'c', { value: 3 }), Reflect.getOwnPropertyDescriptor(o, 'c'));
console.log(Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 }), Reflect.deleteProperty(o, 'c'));
console.log(Reflect.getPrototypeOf(o) === Object.prototype, Reflect.setPrototypeOf(o, null), Reflect.getPrototypeOf(o));
console.log(Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o), Reflect.set(o, 'z', 1));
console.log(Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.construct(Date, [0]) instanceof Date);
class A { constructor() { this.nt = new.target.name; } }
class B {}
console.log(Reflect.construct(A, [], B).nt, Reflect.construct(A, []) instanceof A);
const sym = Symbol('s');
console.log(Reflect.ownKeys({ [sym]: 1, 2: 0, b: 1, 1: 0 }));
const fixed = Object.defineProperty({}, 'k', { value: 1 });
console.log(Reflect.set(fixed, 'k', 2), Reflect.deleteProperty(fixed, 'k'), Reflect.setPrototypeOf(Object.preventExtensions({}), {}));
for (const f of [() => Reflect.get(1, 'a'), () => Reflect.ownKeys('s'), () => Reflect.apply(1), () => Reflect.construct(() => {}, []),
  () => Reflect.defineProperty({}, 'a', 1), () => Reflect.setPrototypeOf({}, 1)]) {
  try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log(Object.prototype.toString.call(Reflect), Object.keys(Reflect).length);
