// objects with Symbol.toStringTag show it after the constructor name
class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }
console.log(new Tagged());
console.log({ [Symbol.toStringTag]: 'Plain' });
console.log(Math, JSON);
console.log(globalThis.Reflect === Reflect, typeof Reflect);
