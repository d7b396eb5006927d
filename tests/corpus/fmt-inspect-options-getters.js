// util.inspect getters option: true, 'get', 'set', nested values and throwing getters
const util = require('util');
const o = {
  get num() { return 42; },
  get str() { return 'text'; },
  get obj() { return { deep: [1, 2] }; },
  get nil() { return null; },
  get both() { return 'b'; }, set both(v) {},
  set onlySet(v) {},
  get boom() { throw new Error('nope'); },
};
console.log(util.inspect(o, { getters: true }));
console.log(util.inspect(o, { getters: 'get' }));
console.log(util.inspect(o, { getters: 'set' }));
console.log(util.inspect(o, { getters: false }));
class Temp { #c = 21; get celsius() { return this.#c; } get fahrenheit() { return this.#c * 9 / 5 + 32; } }
console.log(util.inspect(Object.defineProperty({}, 'g', { get() { return [1]; }, enumerable: true }), { getters: true }));
console.log(util.inspect(new Temp(), { getters: true, showHidden: false }));
console.log(util.inspect({ get undef() { return undefined; } }, { getters: true }));
