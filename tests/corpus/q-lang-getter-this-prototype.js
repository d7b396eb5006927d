// getters defined on a prototype see the receiver; shadowing with assignment on an accessor
const proto = {
  _v: 'proto',
  get v() { return 'get:' + this._v; },
  set v(x) { this._v = x + '!'; },
};
const a = Object.create(proto);
console.log(a.v);
a.v = 'mine';
console.log(a.v, Object.hasOwn(a, 'v'), Object.hasOwn(a, '_v'), proto._v);
const ro = Object.create(Object.defineProperty({}, 'x', { value: 1, writable: false }));
ro.x = 2;
console.log(ro.x, Object.hasOwn(ro, 'x'));
Object.defineProperty(ro, 'x', { value: 3, writable: true, enumerable: true, configurable: true });
console.log(ro.x, Object.keys(ro));
console.log(Reflect.get(proto, 'v', { _v: 'receiver' }));
