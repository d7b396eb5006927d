// freeze, seal, preventExtensions in sloppy and strict mode
const f = Object.freeze({ a: 1, nested: { b: 2 } });
f.a = 2; f.c = 3; delete f.a; f.nested.b = 3;
console.log(f, Object.isFrozen(f), Object.isSealed(f), Object.isExtensible(f));
const s = Object.seal({ a: 1 });
s.a = 10; s.b = 2; delete s.a;
console.log(s, Object.isSealed(s), Object.isFrozen(s));
const p = Object.preventExtensions({ a: 1 });
p.b = 1; delete p.a;
console.log(p, Object.isExtensible(p), Object.isSealed(p), Object.isFrozen(p));
(function () {
  'use strict';
  try { f.a = 5; } catch (e) { console.log(e.name + ': ' + e.message); }
  try { f.z = 5; } catch (e) { console.log(e.name + ': ' + e.message); }
  try { delete f.a; } catch (e) { console.log(e.name + ': ' + e.message); }
  try { s.q = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
})();
console.log(Object.isFrozen(1), Object.freeze([1, 2]).concat(3), Object.isFrozen(Object.freeze([])));
