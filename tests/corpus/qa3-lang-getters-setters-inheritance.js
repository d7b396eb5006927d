class Base {
  #v = 1;
  get v() { return this.#v; }
  set v(x) { console.log('Base setter', x); this.#v = x; }
}
class Derived extends Base {
  get v() { return super.v * 10; }
}
const d = new Derived();
console.log(d.v);
d.v = 5;
console.log(d.v, Object.getOwnPropertyNames(Derived.prototype));
const proto = { set x(v) { console.log('proto setter', v); } };
const child = Object.create(proto);
child.x = 1;
console.log(Object.keys(child), child.x);
const ro = Object.create({ get y() { return 'inherited getter'; } });
ro.y = 2;
console.log(ro.y, Object.keys(ro));
'use strict';
const frozen = Object.freeze({ z: 1 });
frozen.z = 2;
console.log(frozen.z);
const desc = Object.getOwnPropertyDescriptor(Base.prototype, 'v');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
