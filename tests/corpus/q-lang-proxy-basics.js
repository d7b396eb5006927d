// Proxy traps: get, set, has, deleteProperty, ownKeys
const log = [];
const target = { a: 1, b: 2 };
const p = new Proxy(target, {
  get(t, k, r) { log.push('get ' + String(k)); return k in t ? Reflect.get(t, k, r) : `<${String(k)}>`; },
  set(t, k, v) { log.push('set ' + k); t[k] = v * 2; return true; },
  has(t, k) { return k.startsWith('a'); },
  deleteProperty(t, k) { log.push('delete ' + k); return false; },
  ownKeys(t) { return ['b', 'a']; },
});
console.log(p.a, p.zzz);
p.c = 5;
console.log(target.c, 'a' in p, 'b' in p, delete p.a, Object.keys(p));
console.log(log.join(' | '));
'use strict';
const frozen = new Proxy({}, { set() { return false; } });
frozen.x = 1;
console.log(frozen.x);
