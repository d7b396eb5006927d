'use strict';
const obj = {
  name: 'obj',
  regular() { return this && this.name; },
  arrow: () => typeof this,
  nested() { return [1].map(function () { return this; })[0]; },
  nestedArrow() { return [1].map(() => this.name)[0]; },
  delayed() { return (function () { return this; })(); },
};
console.log(obj.regular(), obj.arrow(), obj.nested(), obj.nestedArrow(), obj.delayed());
const f = obj.regular;
console.log(f());
console.log((0, obj.regular)(), (obj.regular)());
const bound = obj.regular.bind({ name: 'bound' });
console.log(bound(), bound.call({ name: 'call' }), new (function () { this.q = 1; }.bind({ name: 'x' }))());
console.log([1].map(obj.regular, { name: 'thisArg' }));
class A { m() { return this; } static s() { return this === A; } }
const m = new A().m;
console.log(m(), A.s(), bound.name, bound.length);
function Outer() { this.v = 1; const self = this; return { get: () => this.v, self }; }
const o = new Outer();
console.log(o.get(), o.self);
