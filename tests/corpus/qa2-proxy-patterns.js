const negative = arr => new Proxy(arr, {
  get(t, p, r) {
    if (typeof p === 'string' && /^-\d+$/.test(p)) p = String(t.length + Number(p));
    return Reflect.get(t, p, r);
  },
});
const arr = negative([1, 2, 3, 4]);
console.log(arr[-1], arr[-4], arr[0], arr.length, arr.slice(-2), Array.isArray(arr));
const withDefault = (obj, d) => new Proxy(obj, { get: (t, p) => (p in t ? t[p] : d) });
const counts = withDefault({}, 0);
for (const ch of 'hello world') counts[ch] = counts[ch] + 1;
console.log(JSON.stringify(counts), counts.zzz);
const log = [];
const observed = new Proxy({ a: 1, nested: { b: 2 } }, {
  get(t, p, r) { log.push(`get ${String(p)}`); return Reflect.get(t, p, r); },
  set(t, p, v, r) { log.push(`set ${String(p)}=${v}`); return Reflect.set(t, p, v, r); },
  has(t, p) { log.push(`has ${String(p)}`); return p in t; },
  ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor(t, p) { log.push(`gopd ${String(p)}`); return Reflect.getOwnPropertyDescriptor(t, p); },
});
observed.a++;
'a' in observed;
Object.keys(observed);
const { a, ...rest } = observed;
console.log(a, rest);
console.log(log.join('\n'));
const fnProxy = new Proxy(function add(x, y) { return x + y; }, {
  apply(t, thisArg, args) { return t(...args) * 10; },
  construct(t, args) { return { made: args }; },
});
console.log(fnProxy(1, 2), new fnProxy(3), typeof fnProxy, fnProxy.name, fnProxy.length);
const { proxy, revoke } = Proxy.revocable({}, {});
proxy.x = 1; revoke();
try { proxy.x; } catch (e) { console.log(e.message); }
try { typeof proxy; console.log(typeof proxy); Object.keys(proxy); } catch (e) { console.log(e.message); }
