// var is function-scoped: it leaks out of blocks but not out of functions
function f() {
  if (true) {
    var a = 1;
  }
  for (var i = 0; i < 3; i++) {}
  console.log(a, i);
}
f();
console.log(typeof a, typeof i);
{
  var b = 'block';
}
console.log(b);
