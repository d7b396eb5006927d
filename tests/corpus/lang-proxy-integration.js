// proxies seen by for-in, JSON, spread, Array.isArray, Object.assign, instanceof and as prototypes
const logged = [];
const target = { a: 1, b: 2 };
Object.defineProperty(target, 'hidden', { value: 3, enumerable: false });
const p = new Proxy(target, {
  get(t, k, r) { logged.push(String(k)); return Reflect.get(t, k, r); },
  ownKeys(t) { return [...Reflect.ownKeys(t), 'virtual']; },
  getOwnPropertyDescriptor(t, k) {
    return k === 'virtual' ? { value: 'v', enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(t, k);
  },
});
const keys = [];
for (const k in p) keys.push(k);
console.log(keys, Object.keys(p), Object.getOwnPropertyNames(p));
console.log(JSON.stringify(p), JSON.stringify({ nested: p }));
console.log({ ...p }, Object.assign({}, p));
console.log(Object.entries(p), Object.values(p));
console.log(logged.join(','));
const arr = new Proxy([3, 1, 2], {});
console.log(Array.isArray(arr), Array.isArray(new Proxy({}, {})), [...arr], arr.length);
console.log(Object.prototype.toString.call(arr), [0].concat(arr), JSON.stringify(arr));
console.log(arr.map((x) => x * 2), [...arr].sort(), arr.includes(2), [[arr]].flat(2));
const proto = new Proxy({}, { get: (t, k, r) => (typeof k === 'string' ? `missing ${k}` : undefined) });
const child = Object.create(proto);
child.own = 'here';
console.log(child.own, child.other, 'x' in child);
class Base {}
const PBase = new Proxy(Base, {});
console.log(new PBase() instanceof Base, new Base() instanceof PBase, typeof PBase);
const counter = new Proxy(function add(a, b) { return a + b; }, {
  apply(t, thisArg, args) { return t(...args) * 10; },
  construct(t, args, nt) { return { made: args, same: nt === Wrapped }; },
});
const Wrapped = counter;
console.log(counter(1, 2), counter.call(null, 2, 3), counter.apply(null, [3, 4]), new Wrapped(1, 2));
console.log(Reflect.apply(counter, null, [5, 5]), [1, 2].map(counter));
