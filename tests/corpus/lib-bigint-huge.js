// Big factorials, Fibonacci numbers and powers: many-limb multiplication, division and printing
function factorial(n) { let r = 1n; for (let i = 2n; i <= n; i++) r *= i; return r; }
const f1000 = factorial(1000n);
const digits = f1000.toString();
console.log(digits.length, digits.slice(0, 40), digits.slice(-260, -240));
console.log(f1000 % 1000000007n, f1000 / factorial(998n), f1000 / 10n ** 2560n);
let a = 0n, b = 1n;
for (let i = 0; i < 1500; i++) [a, b] = [b, a + b];
const fib = a.toString();
console.log(fib.length, fib.slice(0, 30), fib.slice(-30));
console.log(b * b - a * b - a * a);
const x = 7n ** 500n + 123456789n, y = 3n ** 200n - 1n;
const q = x / y, r = x % y;
console.log(q * y + r === x, r >= 0n && r < y, String(q).length, (-x) / y === -q, (-x) % y === -r);
console.log(2n ** 521n - 1n);
console.log(10n ** 50n / 3n, -(10n ** 50n) / 7n, (2n ** 200n - 1n) / (2n ** 100n - 1n));
console.log(String(2n ** 1000n).length, Number(2n ** 1000n), Number(2n ** 1024n), Number(-(2n ** 1023n)));
