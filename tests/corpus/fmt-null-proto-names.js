// Objects without a usable `constructor`: the name comes from a
// Symbol.toStringTag data property or a prototype's `constructor` (V8's
// GetConstructorName), else the kind of object.
const bare = Object.assign(Object.create(null), { [Symbol.toStringTag]: 'Bare', k: 1 });
console.log(bare);
console.log({ nested: bare });

const hidden = Object.create(null, { [Symbol.toStringTag]: { value: 'Hidden' } });
console.log(hidden);

const named = Object.create(Object.create(null, { constructor: { value: function Named() {} } }));
console.log(named);

const tagged = Object.create(Object.create(null, { [Symbol.toStringTag]: { value: 'Deep' } }));
console.log(tagged);

const gen = (function* () {})();
Object.setPrototypeOf(gen, null);
console.log(gen);

const re = /ab+c/gi;
Object.setPrototypeOf(re, null);
console.log(re);

console.log(Object.create(Object.create(null)));
