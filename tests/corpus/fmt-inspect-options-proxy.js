// util.inspect of proxies: the target without traps, or Proxy [ target, handler ] with showProxy
const util = require('util');
let trapped = 0;
const handler = { get(t, k) { trapped++; return Reflect.get(t, k); }, ownKeys(t) { trapped++; return Reflect.ownKeys(t); } };
const p = new Proxy({ a: 1, list: [1, 2] }, handler);
console.log(p, [p], { p });
console.log(util.inspect(p, { showProxy: true }));
console.log(util.inspect(new Proxy([1, 2, 3], {}), { showProxy: true }));
console.log(util.inspect(new Proxy(new Proxy({ inner: true }, {}), {}), { showProxy: true }));
console.log(util.inspect({ deep: { deeper: new Proxy({}, {}) } }, { showProxy: true, depth: 1 }));
console.log(new Proxy(function named() {}, {}), new Proxy(class K {}, {}), new Proxy(new Map([[1, 2]]), {}));
class Point { constructor() { this.x = 1; } }
console.log(new Proxy(new Point(), {}), String(trapped));
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
console.log(proxy, util.inspect(proxy, { showProxy: true }), [proxy]);
console.log(util.format('%o|%O|%s|%j', new Proxy({ z: 1 }, {}), new Proxy({ z: 2 }, {}), new Proxy({ z: 3 }, {}), new Proxy({ z: 4 }, {})));
