function fib(n) { let a = 0n, b = 1n; for (let i = 0; i < n; i++) [a, b] = [b, a + b]; return a; }
console.log(fib(100), fib(100).toString().length, fib(1), fib(0));
function powMod(base, exp, mod) { let r = 1n; base %= mod; while (exp > 0n) { if (exp & 1n) r = (r * base) % mod; base = (base * base) % mod; exp >>= 1n; } return r; }
console.log(powMod(2n, 1000n, 1000000007n), powMod(3n, 10n ** 18n, 998244353n));
function gcd(a, b) { while (b) [a, b] = [b, a % b]; return a < 0n ? -a : a; }
console.log(gcd(2n ** 40n, 6n ** 20n), gcd(-48n, 18n));
function isqrt(n) { if (n < 2n) return n; let x = n, y = (x + 1n) / 2n; while (y < x) { x = y; y = (x + n / x) / 2n; } return x; }
console.log(isqrt(10n ** 40n), isqrt(99n), isqrt(2n * 10n ** 30n));
const digits = (n) => [...n.toString()].reduce((s, d) => s + BigInt(d), 0n);
console.log(digits(2n ** 1000n), (2n ** 1000n).toString(16).length);
const toBinary = (n, width) => BigInt.asUintN(width, n).toString(2).padStart(width, '0');
console.log(toBinary(-1n, 8), toBinary(5n, 8), toBinary(-128n, 8), BigInt.asIntN(8, 128n));
console.log([5n, 3n, 10n].reduce((a, b) => (a > b ? a : b)), [5n, -3n, 10n].map(x => x * x), Array.from({ length: 5 }, (_, i) => 2n ** BigInt(i * 16)));
const money = (cents) => `${cents < 0n ? '-' : ''}$${(cents < 0n ? -cents : cents) / 100n}.${String((cents < 0n ? -cents : cents) % 100n).padStart(2, '0')}`;
console.log(money(123456n), money(-5n), money(100n));
console.log(BigInt(Number.MAX_SAFE_INTEGER) * 2n, Number(BigInt(Number.MAX_SAFE_INTEGER) * 2n), BigInt(Math.round(1e20)));
