'use strict';
const obj = {
  name: 'obj',
  regular() { return this && this.name; },
  arrow: () => typeof this,
  nested() { return [1].map(function () { return this; })[0]; },
  nestedArrow() { return [1].map(() => this.name)[0]; },
  withThisArg() { return [1].map(function () { return this.name; }, { name: 'thisArg' })[0]; },
};
console.log(obj.regular(), obj.arrow(), obj.nested(), obj.nestedArrow(), obj.withThisArg());
const detached = obj.regular;
console.log(detached());
console.log((0, obj.regular)(), (obj.regular)());
class A { m() { return this; } static s() { return this; } }
const m = new A().m;
console.log(m(), A.s() === A);
function Ctor() { this.v = 1; return 5; }
console.log(new Ctor());
function Ctor2() { this.v = 1; return { other: true }; }
console.log(new Ctor2());
console.log(Reflect.apply(obj.regular, { name: 'applied' }, []));
const bound = obj.regular.bind({ name: 'bound' });
console.log(bound.call({ name: 'call ignored' }), new (function () { this.q = 1; }.bind({ q: 2 }))());
