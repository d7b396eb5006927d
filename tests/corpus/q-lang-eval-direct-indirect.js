// direct eval sees local scope; indirect eval runs in global scope
var x = 'global';
function test() {
  var x = 'local';
  const direct = eval('x');
  const indirect = (0, eval)('x');
  const viaVar = globalThis.eval('typeof x');
  return [direct, indirect, viaVar];
}
console.log(test());
function declares() { eval('var created = 1'); return typeof created; }
console.log(declares(), typeof created);
function strictEval() { 'use strict'; eval('var hidden = 1'); return typeof hidden; }
console.log(strictEval());
console.log(eval('1 + 1; 2 + 2'), eval('({ a: 1 })').a, eval('{ a: 1 }'), typeof eval('(function(){})'));
