// new creates an object, links its prototype and runs the constructor with this
function Person(name) {
  this.name = name;
}
Person.prototype.hello = function () {
  return 'hi ' + this.name;
};
const p = new Person('Bob');
console.log(p.hello());
console.log(Object.getPrototypeOf(p) === Person.prototype);
console.log(p.constructor === Person, p instanceof Person);
console.log(p.hasOwnProperty('name'), p.hasOwnProperty('hello'));
const q = new Person;
console.log(q.name);
