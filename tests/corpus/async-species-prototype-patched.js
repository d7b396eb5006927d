// patching Promise.prototype.constructor and Promise[Symbol.species]
let speciesReads = 0;
const original = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
Object.defineProperty(Promise, Symbol.species, {
  configurable: true,
  get() { speciesReads++; return this; },
});
Promise.resolve(1).then(v => console.log('a', v, 'species reads', speciesReads));
console.log('sync species reads', speciesReads);
Object.defineProperty(Promise, Symbol.species, original);
Promise.resolve(2).then(v => console.log('b', v, 'species reads', speciesReads));

class Other extends Promise {}
const saved = Promise.prototype.constructor;
Promise.prototype.constructor = Other;
const q = Promise.resolve(3).then(v => v);
console.log('derived is Other:', q instanceof Other);
console.log('Promise.resolve keeps it:', Promise.resolve(q) === q);
const plain = new Promise(r => r(4));
console.log('Other.resolve keeps plain:', Other.resolve(plain) === plain);
Promise.prototype.constructor = saved;
console.log('restored:', Promise.resolve(plain) === plain, Other.resolve(plain) === plain);
