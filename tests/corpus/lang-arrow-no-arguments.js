// arrow functions have no own arguments, and cannot be used with new
function outer() {
  const arrow = () => arguments[0];
  return arrow('ignored');
}
console.log(outer('from outer'));
const a = () => 1;
try {
  new a();
} catch (e) {
  console.log(e.message);
}
console.log(a.prototype);
const rest = (...args) => args.length;
console.log(rest(1, 2, 3));
