// var can be redeclared; top-level var in a CommonJS module is not a globalThis property
var a = 1;
var a;
console.log(a);
var a = 2;
console.log(a);
function f() {
  var x = 'local';
  {
    var x = 'same binding';
  }
  return x;
}
console.log(f());
console.log(typeof globalThis.a);
globalThis.g = 'global prop';
console.log(g);
implicitGlobal = 'implicit';
console.log(globalThis.implicitGlobal);
