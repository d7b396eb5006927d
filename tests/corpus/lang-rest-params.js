// rest parameters collect the remaining arguments into a real array
function f(first, ...rest) {
  return [first, rest, Array.isArray(rest), rest.length];
}
console.log(f(1, 2, 3));
console.log(f(1));
console.log(f());
const sum = (...n) => n.reduce((a, b) => a + b, 0);
console.log(sum(1, 2, 3, 4));
console.log(f.length, sum.length);
function g(a, b, ...c) { return c.map(x => x * 2); }
console.log(g(1, 2, 3, 4, 5));
