globalThis.x = 'global x';
function outer() {
  var x = 'outer x';
  const directEval = eval;
  return [eval('x'), directEval('x'), (eval)('x'), window_eval('x')];
}
function window_eval(code) { return globalThis.eval(code); }
console.log(outer());
function makeCounter() { let count = 0; return (code) => eval(code); }
const c = makeCounter();
console.log(c('count++'), c('count++'), c('count'), c('typeof makeCounter'));
function defines() { eval('function inner() { return "inner fn"; }'); return inner(); }
console.log(defines(), typeof inner);
const result = eval('(function () { return this; })()') === globalThis;
console.log(result, eval('({ a: 1 })'), eval('{ a: 1 }'), eval('[1, 2].map(n => n * 2)'), typeof eval('(function named() {})'));
try { eval('return 1'); } catch (e) { console.log(e.name, e.message); }
try { eval('break'); } catch (e) { console.log(e.name, e.message); }
try { eval('x +'); } catch (e) { console.log(e.name, e.message); }
try { eval('undefinedThing'); } catch (e) { console.log(e.name, e.message); }
function args() { return eval('arguments.length'); }
console.log(args(1, 2, 3), eval('var evalVar = 5; evalVar'), typeof evalVar, delete globalThis.evalVar, typeof evalVar);
class K { m() { return eval('this.constructor.name'); } }
console.log(new K().m());
const arrow = () => eval('new.target');
function withNewTarget() { return eval('new.target') === withNewTarget; }
console.log(new withNewTarget() instanceof withNewTarget, withNewTarget());
let shadow = 'let outer';
{ let shadow = 'let inner'; console.log(eval('shadow')); }
console.log(eval('shadow'), new Function('return typeof shadow')());
