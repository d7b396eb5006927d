// unbounded recursion throws RangeError "Maximum call stack size exceeded", which can be caught
function recurse(n) {
  return recurse(n + 1) + 1;
}
try {
  recurse(0);
} catch (e) {
  console.log(e instanceof RangeError, e.name + ': ' + e.message);
}
const obj = {};
obj.toString = function () { return String(this); };
try {
  String(obj);
} catch (e) {
  console.log(e.message);
}
console.log('still running');
