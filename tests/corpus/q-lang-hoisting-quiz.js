// hoisting quiz: function declarations vs var vs function expressions
console.log(typeof foo, typeof bar, typeof baz);
var foo = 1;
function foo() {}
var bar = function () {};
console.log(typeof foo, typeof bar);
function outer() {
  console.log(typeof inner, v);
  var v = 'v';
  if (false) { var never = 1; }
  console.log(never);
  return inner();
  function inner() { return 'inner ' + v; }
}
console.log(outer());
var a = 1;
function shadow() { a = 10; return; function a() {} }
shadow();
console.log(a);
