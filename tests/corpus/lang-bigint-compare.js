// Comparing BigInts with each other, with Numbers and with Strings (exactly, without rounding)
console.log(1n < 1.5, 2n > 1.5, 1n == 1, 1n == 1.5, 1n === 1, 0n == -0);
console.log(2n ** 53n + 1n > 2 ** 53, 2n ** 53n + 1n == 2 ** 53, 2n ** 64n == 2 ** 64);
console.log(5n > NaN, 5n < NaN, 5n <= NaN, 5n < Infinity, -5n > -Infinity, 10n ** 400n < Infinity);
console.log(0n < Number.MIN_VALUE, 0n > -Number.MIN_VALUE, -1n < -0.5, -1n > -1.5);
console.log(1n == '1', 1n == ' 1 ', 1n == '1.0', 1n == 'x', '0x10' == 16n, '' == 0n);
console.log(2n < '3', 2n < 'x', 2n >= 'x', '10' > 9n, 1n < '1e3', 2n ** 64n == '18446744073709551616');
console.log(1n == true, 0n == false, 2n == true, null == 0n, undefined == 0n, [1n] == 1n);
console.log(1n == Object(1n), Object(1n) == Object(1n), 0n === -0n, Object.is(0n, -0n));
console.log(2n ** 70n === 2n ** 70n, Object.is(2n ** 70n, 2n ** 70n), typeof (1n < 2));
const values = [10n, -3n, 2n ** 65n, 0n, 7n, -(2n ** 65n)];
console.log(values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
console.log([3n, 20n, 100n].sort(), [5, 1n, 3, 2n].sort((a, b) => (a < b ? -1 : 1)));
const big = 2n ** 64n;
switch (big) {
  case 18446744073709551616n: console.log('switch matched a fresh BigInt'); break;
  default: console.log('switch missed');
}
const seen = new Set([0n, -0n, 1n, 1, '1', 2n ** 70n, 2n ** 70n]);
const map = new Map([[1n, 'one'], [2n ** 70n, 'huge']]);
console.log(seen.size, seen.has(0n), map.get(1n), map.get(2n ** 70n), map.get(1));
console.log([NaN, 5n, 2n ** 64n].includes(2n ** 64n), [5n].indexOf(5n), [1n].includes(1));
