// Object.create with a prototype and property descriptors, and null prototypes
const proto = { greet() { return 'hi from ' + this.name; } };
const o = Object.create(proto, {
  name: { value: 'o', enumerable: true },
  secret: { value: 's' },
});
console.log(o.greet(), Object.keys(o), o.secret);
const bare = Object.create(null);
bare.k = 1;
console.log(typeof bare.toString, 'k' in bare, Object.getPrototypeOf(bare));
console.log(Object.getPrototypeOf(Object.create(proto)) === proto);
try {
  Object.create(5);
} catch (e) {
  console.log(e.message);
}
