// default parameters live in their own scope and can see earlier params, not body vars
var x = 'global';
function f(a, b = () => a, c = x) {
  var x = 'body';
  a = 'changed';
  return [b(), c, x];
}
console.log(f('orig'));
function g(a = b, b = 2) { return [a, b]; }
try { g(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(g(1));
function h(a, b = a * 2, c = a + b) { return a + b + c; }
console.log(h(1), h(1, 1), h(1, undefined, 0), h(1, null));
console.log(f.length, g.length, h.length, ((a, b = 1, c) => 0).length);
