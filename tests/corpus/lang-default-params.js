// default parameters apply only for undefined, can use earlier params and calls
function f(a, b = 2, c = a + b) {
  return [a, b, c];
}
console.log(f(1));
console.log(f(1, undefined, 10));
console.log(f(1, null));
let calls = 0;
function g(x = ++calls) {
  return x;
}
console.log(g(), g(), g(100), calls);
console.log(f.length, g.length);
function h(a, b = 1, c) {}
console.log(h.length);
