// plain recursion: factorial, fibonacci with memo, mutual recursion, deep-ish recursion
const fact = n => (n <= 1 ? 1 : n * fact(n - 1));
console.log(fact(10), fact(20), fact(25));
const memo = new Map();
function fib(n) {
  if (n < 2) return n;
  if (memo.has(n)) return memo.get(n);
  const v = fib(n - 1) + fib(n - 2);
  memo.set(n, v);
  return v;
}
console.log(fib(50), fib(90));
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(100), isOdd(7));
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(5000));
