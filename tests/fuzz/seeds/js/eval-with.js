// Direct and indirect eval, var leakage, `with` scopes and unscopables.
globalThis.x = 'global';
function f() {
  var x = 'local';
  const direct = eval('x');
  const indirect = (0, eval)('x');
  eval('var leaked = 1; function g() { return x; }');
  return [direct, indirect, leaked, g(), typeof eval('(function () { return this; })')()];
}
console.log(f());
const o = { a: 1, b: 2, [Symbol.unscopables]: { b: true } };
with (o) { a = 10; var b = 20; console.log(a, typeof b, typeof toString); }
with ({ get z() { return 'getter'; } }) { console.log(z); }
with (new Proxy({}, { has: (t, k) => k === 'q', get: () => 42 })) { console.log(q); }
console.log(o, b, eval('1 + 1; { 3 }'), eval(), eval(5), eval('let y = 2; y'));
try { eval('}'); } catch (e) { console.log(e.name, e.message); }
try { eval('"use strict"; with (o) {}'); } catch (e) { console.log(e.message); }
(function () { 'use strict'; eval('var inner = 1'); console.log(typeof inner); })();
new Function('a', 'b', 'return a + b')(1, 2);
