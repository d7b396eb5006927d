// vars and functions declared by direct eval, seen by closures made before and after it
var counter = 1;
eval('var fromTopLevel = counter + 1');
console.log(fromTopLevel, typeof fromTopLevel);
function beforeAfter() {
  const read = () => typeof later;
  const first = read();
  eval('var later = "declared"');
  return [first, read(), later];
}
console.log(beforeAfter());
function redeclare() {
  eval('function pick() { return 1; }');
  const first = pick();
  eval('function pick() { return 2; }');
  return [first, pick()];
}
console.log(redeclare());
function params(a, b = 2) { eval('var a = 10'); return [a, b, eval('b')]; }
console.log(params(1));
function nested() { let deep = 'd'; return eval('eval("deep + 1")'); }
console.log(nested());
const arrow = (p) => eval('p * 2');
class Box { constructor() { this.v = 7; } add(x) { return eval('this.v + x'); } }
function* gen() { let i = 0; while (i < 3) yield eval('i++'); }
console.log(arrow(4), new Box().add(3), [...gen()]);
async function later(n) { const w = await Promise.resolve(n); return eval('w + n'); }
later(5).then((v) => console.log('async', v));
const obj = { x: 1 };
with (obj) { eval('x = 5; var y = 6'); }
console.log(obj.x, y, 'y' in obj);
function clash() { let x; try { eval('var x = 1'); } catch (e) { console.log(e.name + ': ' + e.message); } }
function param(x) { eval('var x = 2'); return x; }
function caught() { try { throw 1; } catch (z) { eval('var z = 3'); return z; } }
clash();
console.log(param(1), caught());
