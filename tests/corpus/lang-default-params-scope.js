// default parameter expressions are evaluated at call time in their own scope
const arr = [];
function push(x, list = []) {
  list.push(x);
  return list;
}
console.log(push(1), push(2));
console.log(push(3, arr), push(4, arr));
let v = 'global';
function f(a = v) {
  let v = 'local';
  return a;
}
console.log(f());
function g(a, getA = () => a) {
  a = 'changed';
  return getA();
}
console.log(g('orig'));
