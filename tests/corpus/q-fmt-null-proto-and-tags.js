// null-prototype objects, toStringTag and objects with constructor overrides
const dict = Object.create(null);
dict.a = 1;
console.log(dict, [dict], { dict });
console.log(Object.create(null));
class Tagged { get [Symbol.toStringTag]() { return 'MyTag'; } }
console.log(new Tagged(), { [Symbol.toStringTag]: 'Plain' });
const fake = { constructor: { name: 'Fake' }, x: 1 };
console.log(fake);
function OldStyle() { this.v = 1; }
console.log(new OldStyle());
const noCtor = Object.create({ inherited: 1 });
console.log(noCtor, Object.create(Array.prototype));
console.log(Object.create(new OldStyle()));
