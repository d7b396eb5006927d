// static members are inherited through the constructor prototype chain
class A {
  static count = 0;
  static create() { this.count++; return new this(); }
  static describe() { return `I am ${this.name}`; }
  whoami() { return this.constructor.name; }
}
class B extends A {
  static describe() { return super.describe() + ' (child)'; }
}
const b = B.create();
console.log(b.whoami(), A.count, B.count, Object.hasOwn(B, 'count'));
A.create();
console.log(A.count, B.count);
console.log(A.describe(), B.describe());
console.log(Object.getPrototypeOf(B) === A, Object.getPrototypeOf(B.prototype) === A.prototype);
console.log(Object.getOwnPropertyNames(B), Object.getOwnPropertyNames(A).sort());
