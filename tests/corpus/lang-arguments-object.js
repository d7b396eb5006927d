// the arguments object: length, indexing, array-likeness and Array.from
function f() {
  console.log(arguments.length, arguments[0], arguments[2]);
  console.log(typeof arguments, Array.isArray(arguments));
  console.log(Array.from(arguments).join('|'));
  console.log(Array.prototype.slice.call(arguments, 1));
}
f('a', 'b', 'c');
f();
function g(a) {
  a = 'changed';
  return arguments[0];
}
console.log(g('orig'));
function h(a) {
  'use strict';
  a = 'changed';
  return arguments[0];
}
console.log(h('orig'));
