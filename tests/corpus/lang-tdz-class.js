// classes are in the TDZ before their declaration; default params see earlier ones only
try {
  new C();
} catch (e) {
  console.log(e.message);
}
class C {}
console.log(typeof C);
function f(a = b, b = 1) {
  return [a, b];
}
try {
  f();
} catch (e) {
  console.log(e.message);
}
console.log(f(5));
