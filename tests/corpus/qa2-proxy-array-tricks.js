const history = [];
const tracked = new Proxy([], {
  set(t, k, v) { history.push(`${String(k)}=${v}`); t[k] = v; return true; },
  deleteProperty(t, k) { history.push(`delete ${k}`); delete t[k]; return true; },
});
tracked.push(1, 2, 3);
tracked.shift();
tracked.unshift(0);
tracked.splice(1, 1);
console.log(JSON.stringify(tracked), history.join(' '));
const ranged = new Proxy({}, {
  has(t, k) { const [lo, hi] = k.split('..').map(Number); return !isNaN(lo) && lo <= 5 && 5 <= hi; },
});
console.log('1..10' in ranged, '6..9' in ranged, 'x' in ranged);
const enumProxy = (...names) => new Proxy(Object.freeze(Object.fromEntries(names.map((n, i) => [n, i]))), {
  get(t, p) { if (!(p in t)) throw new ReferenceError(`Unknown enum key: ${String(p)}`); return t[p]; },
});
const Color = enumProxy('RED', 'GREEN');
console.log(Color.RED, Color.GREEN);
try { Color.BLUE; } catch (e) { console.log(e.name, e.message); }
const chain = new Proxy(() => {}, { get: (t, p) => (p === 'toString' ? () => 'chain' : chain), apply: () => 'called' });
console.log(chain.a.b.c(), String(chain.x));
const target = { a: 1 };
const p = new Proxy(target, {});
console.log(p === target, p.a, JSON.stringify(p), Object.keys(p), { ...p }, Array.isArray(new Proxy([], {})), typeof new Proxy(class {}, {}));
const ctorTrap = new Proxy(class Point { constructor(x) { this.x = x; } }, { construct(T, args, nt) { console.log('new.target is proxy', nt === ctorTrap); return Reflect.construct(T, args.map(a => a * 2), nt); } });
const pt = new ctorTrap(21);
console.log(pt.x, pt.constructor.name, pt instanceof ctorTrap);
