// Proxy.revocable: a revoked proxy throws on every operation but typeof
const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
console.log(proxy.a, typeof revoke, revoke.length, JSON.stringify(revoke.name));
revoke();
revoke();
const ops = {
  get: () => proxy.a,
  set: () => { proxy.a = 2; },
  has: () => 'a' in proxy,
  delete: () => delete proxy.a,
  keys: () => Object.keys(proxy),
  proto: () => Object.getPrototypeOf(proxy),
  isArray: () => Array.isArray(proxy),
  typeof: () => typeof proxy,
};
for (const [name, f] of Object.entries(ops)) {
  try { console.log(name, 'ok', f()); } catch (e) { console.log(name, e.message); }
}
const fn = Proxy.revocable(function () { return 1; }, {});
console.log(fn.proxy(), typeof fn.proxy);
fn.revoke();
try { fn.proxy(); } catch (e) { console.log(e.message); }
try { new fn.proxy(); } catch (e) { console.log(e.message); }
console.log(typeof fn.proxy);
for (const args of [[1, {}], [{}, null], [undefined, undefined]]) {
  try { new Proxy(...args); } catch (e) { console.log(e.message); }
}
try { Proxy({}, {}); } catch (e) { console.log(e.message); }
console.log(Proxy.length, Proxy.name, 'prototype' in Proxy, Object.keys(Proxy.revocable({}, {})));
