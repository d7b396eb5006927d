// util helpers often seen in blog code: callbackify, types checks, inherits, isDeepStrictEqual
const util = require('util');
const cb = util.callbackify(async (x) => { if (x < 0) throw new Error('negative'); return x * 2; });
cb(21, (err, v) => console.log('callbackify ok', err, v));
cb(-1, (err) => console.log('callbackify err', err.message));
console.log(util.types.isDate(new Date(0)), util.types.isPromise(Promise.resolve()), util.types.isMap(new Map()));
console.log(util.types.isAsyncFunction(async () => {}), util.types.isGeneratorFunction(function* () {}));
console.log(util.isDeepStrictEqual([1, { a: 2 }], [1, { a: 2 }]), util.isDeepStrictEqual([1], ['1']));
function Animal() {}
Animal.prototype.speak = function () { return 'generic sound'; };
function Dog() {}
util.inherits(Dog, Animal);
console.log(new Dog().speak(), Dog.super_ === Animal);
