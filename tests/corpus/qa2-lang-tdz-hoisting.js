console.log(typeof hoisted, hoisted());
function hoisted() { return 'fn'; }
console.log(v1);
var v1 = 1;
try { console.log(l1); } catch (e) { console.log(e.name + ': ' + e.message); }
let l1 = 2;
try { typeof tdz; let tdz; } catch (e) { console.log(e.message); }
try { const c = c + 1; } catch (e) { console.log(e.message); }
try { new K(); } catch (e) { console.log(e.message); }
class K {}
function shadow() { console.log(x); var x = 'inner'; return x; }
var x = 'outer';
console.log(shadow());
try { (function (a = b, b = 1) {})(); } catch (e) { console.log(e.message); }
console.log((function (a, b = a * 2) { return [a, b]; })(3));
{ function blockFn() { return 'block'; } }
console.log(blockFn());
if (true) { var inIf = 'var in if'; }
console.log(inIf);
try { x2 = 5; let x2; } catch (e) { console.log(e.message); }
switch (1) { case 0: let s = 1; case 1: try { s = 2; } catch (e) { console.log(e.message); } }
