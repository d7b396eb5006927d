// chained accessors, static getters with inheritance, and computed accessor names
const key = 'dyn';
class A {
  static #count = 0;
  static get count() { return A.#count; }
  static inc() { A.#count++; return this; }
  get [key]() { return 'dynamic getter'; }
  get self() { return this; }
}
class B extends A {}
console.log(B.inc().inc().count, A.count);
const a = new A();
console.log(a.dyn, a.self.self.self === a, Object.getOwnPropertyNames(A.prototype));
const o = { _v: 0, get v() { return this._v++; } };
console.log(o.v, o.v, o.v + o.v, `${o.v}`);
