// classes print as [class A] and [class B extends A]
class A {}
class B extends A {}
console.log(A, B);
console.log([A, B], { A });
console.log(class {}, class extends A {});
const Named = class Inner {};
console.log(Named);
class WithStatic { static x = 1; }
console.log(WithStatic);
class ExtendsNull extends Object {}
console.log(ExtendsNull, Map, Object);
