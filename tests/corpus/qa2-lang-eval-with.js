globalThis.g = 'global';
function direct() { var g = 'local'; return eval('g'); }
function indirect() { var g = 'local'; return (0, eval)('g'); }
console.log(direct(), indirect());
function declares() { eval('var made = 1'); return typeof made; }
console.log(declares(), typeof made);
function strictEval() { 'use strict'; eval('var hidden = 1'); return typeof hidden; }
console.log(strictEval());
console.log(eval('1 + 2; 3 * 4'), eval('if (true) { "yes" } else { "no" }'), eval('let q = 5; q * 2'), eval(42), eval());
const obj = { a: 1, b: 2 };
with (obj) { console.log(a + b); a = 10; var c = a + 1; }
console.log(obj, c);
with ({ x: 'from with' }) { var x; console.log(x); }
const unscop = { val: 'obj', [Symbol.unscopables]: { val: true } };
var val = 'outer';
with (unscop) console.log(val);
function closureInWith() { with ({ k: 1 }) { return () => k; } }
console.log(closureInWith()());
try { eval('let dup = 1; let dup = 2;'); } catch (e) { console.log(e.name, e.message); }
try { eval('{'); } catch (e) { console.log(e.name, e.message); }
let counter = 0;
const fnEval = () => eval('counter++; this === undefined ? "undef" : typeof this');
console.log(fnEval(), counter, new Function('a', 'b', 'return a * b')(6, 7), Function('return this')() === globalThis);
