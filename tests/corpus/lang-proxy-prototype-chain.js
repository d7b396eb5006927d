// proxies on prototype chains: for-in stops at one, a cycle through a proxy ends in a RangeError
const base = { inherited: 1 };
const p = new Proxy(Object.create(base, { own: { value: 2, enumerable: true } }), {});
const keys = (o) => { const ks = []; for (const k in o) ks.push(k); return ks; };
console.log(keys(p));
const child = Object.create(p);
child.c = 3;
console.log(keys(child), child.inherited, 'inherited' in child);
const p2 = new Proxy({ own: 1 }, { getPrototypeOf() { console.log('getPrototypeOf'); return base; } });
console.log(keys(p2));
const a = {};
const cyclic = new Proxy(a, {});
Object.setPrototypeOf(a, cyclic);
for (const f of [() => a instanceof Array, () => Array.prototype.isPrototypeOf(a), () => a.missing, () => 'x' in a, () => keys(a)]) {
  try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { Object.setPrototypeOf(base, child); } catch (e) { console.log(e.message); }
const throwing = new Proxy({ a: 1 }, { ownKeys() { throw new Error('no keys'); } });
try { for (const k in throwing) console.log(k); } catch (e) { console.log(e.message); }
const onThrowing = Object.create(new Proxy({}, { getPrototypeOf() { throw new Error('x'); }, ownKeys() { return ['z']; }, getOwnPropertyDescriptor() { return { value: 1, enumerable: true, configurable: true }; } }));
onThrowing.own = 1;
try { for (const k in onThrowing) console.log(k); } catch (e) { console.log(e.message); }
