// direct eval runs in the caller's scope: its let/const/var, this, arguments, new.target
function f(a) {
  let b = 2;
  const c = 3;
  const sum = eval('a + b + c');
  eval('var d = 10; function g() { return d + a; }');   // vars land in f's variable environment
  eval('b = 20');
  return [sum, d, g(), b, eval('this === holder'), eval('arguments.length')];
}
const holder = { f };
console.log(holder.f(1, 'extra'));
function strictCaller() { 'use strict'; eval('var z = 1'); return typeof z; }
function strictCode() { eval('"use strict"; var z = 1'); return typeof z; }
console.log(strictCaller(), strictCode());
const indirect = eval;
var shadowed = 'outer';
function which() { let shadowed = 'local'; return [eval('shadowed'), indirect('typeof shadowed')]; }
console.log(which());
function Ctor() { this.direct = eval('new.target === Ctor'); }
console.log(new Ctor().direct);
function perIteration() { const fs = []; for (let i = 0; i < 3; i++) fs.push(eval('() => i')); return fs.map((g) => g()); }
console.log(perIteration());
try { (function () { const k = 1; eval('k = 2'); })(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (function () { eval('later'); let later = 1; })(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(eval('1; 2; if (true) { 3 }'), eval(42), eval());
