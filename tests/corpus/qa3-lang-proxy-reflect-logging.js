const target = { a: 1, nested: { b: 2 } };
const log = [];
const p = new Proxy(target, {
  get(t, k, r) { log.push(`get ${String(k)}`); return Reflect.get(t, k, r); },
  set(t, k, v, r) { log.push(`set ${String(k)}=${v}`); return Reflect.set(t, k, v, r); },
  has(t, k) { log.push(`has ${String(k)}`); return k in t; },
  deleteProperty(t, k) { log.push(`delete ${String(k)}`); return delete t[k]; },
  ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
});
p.a; p.c = 3; 'a' in p; delete p.a; Object.keys(p); p.nested.b;
const { nested, ...rest } = p;
console.log(log.join(' | '));
console.log(rest, JSON.stringify(p));
const arr = new Proxy([], { set(t, k, v) { console.log('arr set', k, v); t[k] = v; return true; } });
arr.push('x');
const strict = new Proxy({}, { set() { return false; } });
(function () { 'use strict'; try { strict.z = 1; } catch (e) { console.log(e.name + ': ' + e.message); } })();
