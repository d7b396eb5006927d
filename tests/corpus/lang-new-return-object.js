// a constructor returning an object overrides this; returning a primitive does not
function A() { this.a = 1; return { b: 2 }; }
function B() { this.a = 1; return 42; }
function C() { this.a = 1; return null; }
console.log(new A());
console.log(new B());
console.log(new C());
class D { constructor() { return [1, 2]; } }
console.log(new D());
