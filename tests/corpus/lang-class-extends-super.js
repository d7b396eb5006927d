// extends, super() calls and the order of constructors
class Animal {
  constructor(name) {
    this.name = name;
    console.log('Animal ctor', new.target.name);
  }
  speak() {
    return `${this.name} makes a sound`;
  }
}
class Dog extends Animal {
  constructor(name) {
    super(name);
    this.kind = 'dog';
  }
  speak() {
    return `${this.name} barks`;
  }
}
class Puppy extends Dog {}
const d = new Puppy('Rex');
console.log(d.speak(), d.kind);
console.log(d instanceof Puppy, d instanceof Dog, d instanceof Animal);
console.log(Object.getPrototypeOf(Puppy.prototype) === Dog.prototype);
