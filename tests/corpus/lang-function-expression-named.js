// a named function expression can refer to itself; the name is not in the outer scope
const fact = function inner(n) {
  return n <= 1 ? 1 : n * inner(n - 1);
};
console.log(fact(5));
console.log(typeof inner);
console.log(fact.name);
const anon = function () {};
console.log(anon.name);
const obj = { m: function () {}, n() {} };
console.log(obj.m.name, obj.n.name);
(function () {
  console.log('iife');
})();
