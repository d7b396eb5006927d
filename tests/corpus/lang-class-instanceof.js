// instanceof walks the prototype chain; Symbol.hasInstance can customize it
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object);
console.log([] instanceof Array, [] instanceof Object, {} instanceof Array);
function F() {}
const f = new F();
console.log(f instanceof F);
F.prototype = {};
console.log(f instanceof F);
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
console.log(Object.create(null) instanceof Object);
console.log(A.prototype.isPrototypeOf(b));
