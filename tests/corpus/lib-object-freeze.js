// Object.freeze / isFrozen / seal / preventExtensions (shallow)
const o = Object.freeze({ a: 1, inner: { b: 2 } });
o.a = 99;
o.newProp = 1;
delete o.a;
o.inner.b = 3;
console.log(o, Object.isFrozen(o), Object.isFrozen(o.inner));
const sealed = Object.seal({ x: 1 });
sealed.x = 2;
sealed.y = 3;
delete sealed.x;
console.log(sealed, Object.isSealed(sealed), Object.isFrozen(sealed));
const ne = Object.preventExtensions({ k: 1 });
ne.z = 1;
console.log(ne, Object.isExtensible(ne));
console.log(Object.isFrozen(1), Object.isFrozen({}), Object.isFrozen(Object.freeze([])));
(function () {
  'use strict';
  try { o.a = 5; } catch (e) { console.log(e.message); }
  try { o.z = 5; } catch (e) { console.log(e.message); }
})();
