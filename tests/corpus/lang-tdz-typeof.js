// typeof of an undeclared name is fine but typeof in the TDZ throws
console.log(typeof notDeclaredAnywhere);
try {
  console.log(typeof later);
  const later = 1;
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
function f() {
  return g;
}
try {
  f();
} catch (e) {
  console.log(e.message);
}
const g = 1;
console.log(f());
