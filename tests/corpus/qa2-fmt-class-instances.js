class Animal { #secret = 1; static count = 0; constructor(name) { this.name = name; } speak() {} get upper() { return this.name.toUpperCase(); } }
class Dog extends Animal { constructor(n) { super(n); this.tricks = ['sit']; } }
console.log(new Animal('cat'), new Dog('rex'), [new Dog('a')], Dog, Animal);
console.log(Object.getOwnPropertyNames(Animal.prototype), Animal.count, new Dog('x').upper);
function OldStyle(v) { this.v = v; }
OldStyle.prototype.m = function () {};
console.log(new OldStyle(1), OldStyle, Object.create(OldStyle.prototype));
const noProtoCtor = Object.create({ constructor: undefined });
console.log(noProtoCtor);
const anon = new (class {})();
console.log(anon, new (class extends Array {})(), class extends Map {});
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; this.code = 42; } }
const e = new MyErr('bad');
console.log(e.message, e.name, e instanceof Error, String(e), Object.keys(e), e.code);
class Temp { static [Symbol.hasInstance](x) { return x === 1; } }
console.log(1 instanceof Temp, {} instanceof Temp);
const withAccessor = { get a() { return 1; }, set a(v) {}, get b() { return 2; }, set c(v) {} };
console.log(withAccessor);
class Counter { static #instances = 0; static { Counter.#instances = 5; } static get instances() { return Counter.#instances; } #inc() { return 1; } run() { return this.#inc() + Counter.#instances; } }
console.log(Counter.instances, new Counter().run(), Counter);
console.log(Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }), Object.defineProperty([], 'x', { value: 1, enumerable: true }));
