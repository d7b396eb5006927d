const a = 2n ** 64n;
console.log(a, a - 1n, -a, a / 3n, a % 7n, -7n / 2n, -7n % 2n);
console.log(typeof a, String(a), a.toString(16), a.toString(2).length, (255n).toString(36));
console.log(1n == 1, 1n === 1, 2n > 1, 1n < 1.5, 0n == '', 10n == '10', [1n, 2n].includes(1n));
console.log(BigInt('0x1f'), BigInt(' 42 '), BigInt(true), BigInt(Number.MAX_SAFE_INTEGER) + 2n);
for (const bad of [() => 1n + 1, () => BigInt(1.5), () => BigInt('1.5'), () => Math.max(1n), () => +1n, () => 1n / 0n, () => JSON.stringify({ a: 1n }), () => 2n ** -1n]) {
  try { bad(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
console.log(BigInt.asUintN(8, 257n), BigInt.asIntN(8, 255n), BigInt.asUintN(64, -1n));
console.log([3n, 1n, 2n, 10n].sort(), [3n, 1n, 2n, 10n].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
console.log(`${123n}`, 5n & 3n, 5n | 3n, 5n ^ 3n, ~5n, 1n << 70n, -(1n << 70n) >> 68n);
console.log({ big: 12345678901234567890n, arr: [1n, -0n] }, new Map([[1n, 'one']]));
console.log(Number(2n ** 53n + 1n), parseInt('12n'), 0n ? 'truthy' : 'falsy', !!1n);
let fact = 1n;
for (let i = 1n; i <= 30n; i++) fact *= i;
console.log(fact, fact.toLocaleString === undefined, typeof Object(1n), Object(1n) + 1n);
console.log(BigInt.prototype[Symbol.toStringTag], Object.prototype.toString.call(1n));
