const p = new Proxy({ a: 1, b: [1, 2] }, {});
console.log(p);
console.log([p], { p });
const fp = new Proxy(function foo() {}, {});
console.log(fp);
const ap = new Proxy([1, 2, 3], {});
console.log(ap, ap.length);
const hidden = new Proxy({ secret: 1 }, { get: () => 'trapped', ownKeys: () => [] });
console.log(hidden, hidden.secret, Object.keys(hidden), JSON.stringify(hidden));
const mp = new Proxy(new Map([[1, 2]]), {});
try { mp.size; } catch (e) { console.log(e.message); }
console.log(String(new Proxy({}, {})), Object.prototype.toString.call(new Proxy([], {})));
const target = {};
const pp = new Proxy(target, { getPrototypeOf: () => Array.prototype });
console.log(pp instanceof Array, Object.getPrototypeOf(pp) === Array.prototype);
