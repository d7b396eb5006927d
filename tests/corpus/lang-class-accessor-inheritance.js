// class methods are non-enumerable; instance vs prototype properties
class A {
  constructor() { this.own = 1; }
  method() {}
  get acc() { return 'acc'; }
}
const a = new A();
const keys = [];
for (const k in a) keys.push(k);
console.log(keys);
console.log(Object.getOwnPropertyDescriptor(A.prototype, 'method').enumerable);
console.log('acc' in a, a.hasOwnProperty('acc'), a.acc);
a.acc = 'set';
console.log(a.acc);
console.log(typeof A.prototype.constructor, A.prototype.constructor === A);
