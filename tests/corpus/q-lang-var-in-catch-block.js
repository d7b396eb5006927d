// var in catch blocks, catch parameter shadowing, and function-in-block hoisting
try { throw 'e1'; } catch (e) { var e = 'assigned'; var fromCatch = e; }
console.log(typeof e, e, fromCatch);
try { throw 'x'; } catch ({ length }) { console.log('len', length); }
console.log(typeof blockFn);
{
  function blockFn() { return 'block'; }
}
console.log(typeof blockFn, blockFn());
if (true) { function cond() { return 1; } }
console.log(cond());
let z = 'outer';
{ let z = 'inner'; { console.log(z); } }
console.log(z);
