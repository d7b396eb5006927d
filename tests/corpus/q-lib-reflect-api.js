// Reflect API basics
const o = { a: 1 };
console.log(Reflect.has(o, 'a'), Reflect.ownKeys({ b: 1, [Symbol.iterator]: 0, 1: 2 }).length);
console.log(Reflect.defineProperty(o, 'b', { value: 2 }), Object.keys(o), o.b);
console.log(Reflect.deleteProperty(Object.freeze({ x: 1 }), 'x'), Reflect.set(Object.freeze({}), 'y', 1));
console.log(Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.construct(Date, [0]).getTime());
console.log(Reflect.getPrototypeOf([]) === Array.prototype, Reflect.isExtensible(Object.seal({})));
class A { constructor() { this.kind = new.target.name; } }
class B {}
console.log(Reflect.construct(A, [], B).kind, Reflect.construct(A, [], B) instanceof B);
try { Reflect.get(1, 'a'); } catch (e) { console.log(e.name + ': ' + e.message); }
