// Proxy traps on objects, arrays and functions; Reflect; revocation.
const log = [];
const handler = {
  get(t, k, r) { log.push('get ' + String(k)); return Reflect.get(t, k, r); },
  set(t, k, v, r) { log.push('set ' + String(k)); return Reflect.set(t, k, v, r); },
  has(t, k) { return k === 'hidden' ? false : k in t; },
  deleteProperty(t, k) { return delete t[k]; },
  ownKeys(t) { return Reflect.ownKeys(t).reverse(); },
  getOwnPropertyDescriptor(t, k) { return Reflect.getOwnPropertyDescriptor(t, k); },
  defineProperty(t, k, d) { return Reflect.defineProperty(t, k, d); },
  getPrototypeOf(t) { return Array.prototype; },
  apply(t, self, args) { return t(...args) * 2; },
  construct(t, args, nt) { return { made: args.length }; },
};
const p = new Proxy({ a: 1, hidden: 2 }, handler);
p.b = 3; delete p.a; console.log('hidden' in p, Object.keys(p), JSON.stringify(p), p instanceof Array);
const f = new Proxy(function (x) { return x + 1; }, handler);
console.log(f(1), new f(1, 2), f.call(null, 5), Reflect.apply(f, null, [7]));
const arr = new Proxy([1, 2, 3], handler);
arr.push(4); console.log(arr.length, [...arr], Array.isArray(arr), arr.map((x) => x * 2));
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
try { proxy.x; } catch (e) { console.log(e.message); }
new Proxy(new Proxy({}, handler), handler).deep = 1;
console.log(log.join(','), p);
