// var declarations are hoisted (initialized to undefined), assignments are not
console.log(v);
var v = 5;
console.log(v);
function f() {
  console.log(w);
  if (false) {
    var w = 1;
  }
  return typeof w;
}
console.log(f());
var v;
console.log(v);
