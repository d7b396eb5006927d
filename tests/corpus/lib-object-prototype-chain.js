// getPrototypeOf / setPrototypeOf / isPrototypeOf and the chain end
const animal = { eats: true };
const rabbit = { jumps: true };
Object.setPrototypeOf(rabbit, animal);
console.log(rabbit.eats, Object.getPrototypeOf(rabbit) === animal);
console.log(animal.isPrototypeOf(rabbit), Object.prototype.isPrototypeOf(rabbit));
console.log(Object.getPrototypeOf(Object.prototype));
console.log(Object.getPrototypeOf([]) === Array.prototype);
console.log(Object.getPrototypeOf(Array.prototype) === Object.prototype);
console.log(Object.getPrototypeOf(function () {}) === Function.prototype);
console.log(Object.getPrototypeOf(5) === Number.prototype);
const withProto = { __proto__: animal, own: 1 };
console.log(withProto.eats, Object.keys(withProto));
try {
  Object.setPrototypeOf(animal, rabbit);
} catch (e) {
  console.log(e.message);
}
