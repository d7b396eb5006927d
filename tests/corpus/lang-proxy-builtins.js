// builtins meeting proxies: toString, private names, array methods, rest, messages, util.types.isProxy
const pf = new Proxy(function foo(a, b) {}, {});
console.log(Function.prototype.toString.call(pf), pf.name, pf.length);
const p = new Proxy({}, {});
try { structuredClone(p); } catch (e) { console.log(e.name, e.message); }
console.log(String(p), `${new Proxy([1, 2], {})}`, p + '');
console.log(Object.prototype.hasOwnProperty.call(new Proxy({ a: 1 }, {}), 'a'), Object.hasOwn(new Proxy({ a: 1 }, {}), 'b'));
const arr = new Proxy([1, 2, 3], {});
console.log(arr.filter((x) => x > 1), Array.prototype.slice.call(arr, 1), arr.indexOf(3), arr.join('-'));
arr.push(4);
console.log(arr.length, arr);
const { a, ...rest } = new Proxy({ a: 1, b: 2, c: 3 }, {});
console.log(a, rest);
console.log(Object.getOwnPropertyDescriptors(new Proxy({ x: 1 }, {})));
class C { #x = 1; static has(o) { return #x in o; } static read(o) { return o.#x; } }
console.log(C.has(new Proxy(new C(), {})), C.has(new C()));
try { C.read(new Proxy(new C(), {})); } catch (e) { console.log(e.message); }
class Base { constructor() { return new Proxy(this, {}); } }
class Child extends Base { #secret = 's'; reveal() { return this.#secret; } }
const child = new Child();
console.log(child.reveal(), Child.prototype.reveal.call(child));
const util = require('util');
console.log(util.types.isProxy(p), util.types.isProxy({}));
for (const f of [() => [1].forEach(p), () => [1].forEach(arr), () => new Map().set.call(p)]) {
  try { f(); } catch (e) { console.log(e.message); }
}
const sealed = new Proxy({ q: 1 }, {});
Object.seal(sealed);
console.log(Object.isSealed(sealed), Object.isFrozen(sealed));
class MyArr extends Array {}
const mine = new Proxy(new MyArr(1, 2, 3), {});
console.log(mine.map((x) => x) instanceof MyArr, mine.filter(Boolean).constructor.name);
class ProxyBase { constructor() { return new Proxy(this, { defineProperty(t, k, d) { console.log('define', String(k), JSON.stringify(d)); return Reflect.defineProperty(t, k, d); } }); } }
class Fields extends ProxyBase { x = 1; #y = 2; ['z'] = 3; getY() { return this.#y; } }
const fields = new Fields();
console.log(fields.x, fields.z, fields.getY(), Object.keys(fields));
