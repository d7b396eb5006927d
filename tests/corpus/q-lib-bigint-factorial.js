// BigInt factorial and fibonacci, the classic reason to reach for BigInt
function fact(n) { let r = 1n; for (let i = 2n; i <= n; i++) r *= i; return r; }
console.log(fact(25n), fact(25n).toString().length);
function fib(n) { let a = 0n, b = 1n; for (let i = 0; i < n; i++) [a, b] = [b, a + b]; return a; }
console.log(fib(100));
console.log(typeof 1n, 1n === BigInt(1), BigInt(Number.MAX_SAFE_INTEGER) * 2n);
console.log([1n, 2n, 3n], { big: 12345678901234567890n });
