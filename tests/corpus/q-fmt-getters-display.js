// accessor properties display as [Getter], [Setter], [Getter/Setter] in objects and classes
const o = {
  get a() { return 1; },
  set b(v) {},
  get c() { return 2; }, set c(v) {},
  d: 4,
};
console.log(o);
console.log([o], { nested: o });
const util = require('util');
console.log(util.inspect(o, { getters: true }));
class WithStaticGetter { static get s() { return 's'; } static x = 1; }
console.log(WithStaticGetter, Object.getOwnPropertyNames(WithStaticGetter));
