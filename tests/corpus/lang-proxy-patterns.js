// proxy patterns from tutorials: defaults, hidden fields, change logging, enums, tracing, memoizing, negative indices
const withDefault = (obj, dflt) => new Proxy(obj, { get: (t, k) => (k in t ? t[k] : dflt) });
const counts = withDefault({}, 0); counts.a++; counts.a++; counts.b += 5; console.log(counts, counts.zzz);
const hidePrivate = (obj) => new Proxy(obj, {
  has: (t, k) => !k.startsWith('_') && k in t,
  ownKeys: (t) => Reflect.ownKeys(t).filter((k) => typeof k !== 'string' || !k.startsWith('_')),
  get: (t, k, r) => (typeof k === 'string' && k.startsWith('_') ? undefined : Reflect.get(t, k, r)),
  deleteProperty: (t, k) => (k.startsWith('_') ? false : delete t[k]),
});
const user = hidePrivate({ name: 'Ann', _password: 'secret' });
console.log(user, Object.keys(user), '_password' in user, user._password, JSON.stringify(user), delete user._password);
for (const k in user) console.log('key', k);
function onChange(obj, cb) { return new Proxy(obj, { set(t, k, v) { const old = t[k]; t[k] = v; cb(k, old, v); return true; } }); }
const state = onChange({ count: 0 }, (k, o, n) => console.log(`${k}: ${o} -> ${n}`));
state.count++; state.count += 10; state.label = 'x';
const Enum = (o) => new Proxy(Object.freeze(o), { get(t, k) { if (!(k in t)) throw new ReferenceError(`Unknown enum key ${String(k)}`); return t[k]; } });
const Colors = Enum({ RED: 'red', GREEN: 'green' });
console.log(Colors.RED); try { Colors.BLUE; } catch (e) { console.log(e.name, e.message); }
const tracer = new Proxy(function sum(a, b) { return a + b; }, { apply(t, th, args) { console.log(`call ${t.name}(${args.join(', ')})`); return Reflect.apply(t, th, args); } });
console.log(tracer(2, 3));
const memo = (fn) => { const cache = new Map(); return new Proxy(fn, { apply(t, th, [n]) { if (!cache.has(n)) cache.set(n, Reflect.apply(t, th, [n])); return cache.get(n); } }); };
const fib = memo((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(fib(50));
const arr = new Proxy([], { set(t, k, v, r) { if (k !== 'length') console.log('set', k, v); return Reflect.set(t, k, v, r); } });
arr.push('a', 'b'); arr.unshift('z'); console.log(arr);
const neg = new Proxy([1, 2, 3], { get: (t, k, r) => Reflect.get(t, typeof k === 'string' && /^-\d+$/.test(k) ? String(t.length + +k) : k, r) });
console.log(neg[-1], neg[-3], neg.slice(-2), neg.map(x => x * 2));
