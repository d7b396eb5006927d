class Animal { constructor(name) { this.name = name; } speak() { return `${this.name} makes a sound`; } }
class Dog extends Animal { #secret = 'bone'; static kind = 'canine'; bark = () => 'woof'; }
const d = new Dog('Rex');
console.log(d);
console.log(Dog, Animal, Object.getPrototypeOf(Dog) === Animal);
console.log(Dog.prototype, Animal.prototype, Object.getOwnPropertyNames(Dog.prototype));
console.log(d.speak(), d.bark(), d instanceof Animal, Dog.name, Dog.length, Animal.length);
class Temp extends Array {}
const t = Temp.from([1, 2]);
console.log(t, t.length, Array.isArray(t), t.map(x => x * 2) instanceof Temp);
class MyMap extends Map { get [Symbol.toStringTag]() { return 'Mine'; } }
console.log(new MyMap([[1, 2]]), Object.prototype.toString.call(new MyMap()));
class P2 extends Promise {}
console.log(P2.resolve(3), new P2(() => {}));
const anon = new (class {})();
console.log(anon, [anon], { anon });
function OldStyle() { this.a = 1; }
OldStyle.prototype.method = function () {};
console.log(new OldStyle(), OldStyle.prototype);
