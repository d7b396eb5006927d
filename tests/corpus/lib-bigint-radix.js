// BigInt.prototype.toString in every radix, BigInt() parsing and round trips
const x = 2n ** 100n + 12345n;
for (const radix of [2, 3, 7, 8, 10, 16, 32, 36]) console.log(radix, x.toString(radix));
console.log((-255n).toString(16), (0n).toString(2), (-(36n ** 12n)).toString(36), (35n).toString(36));
console.log((10n).toString(undefined), (10n).toString(2.9), (2n ** 64n - 1n).toString(16));
for (const radix of [2, 5, 16, 36]) {
  const text = x.toString(radix);
  const back = [...text].reduce((acc, ch) => acc * BigInt(radix) + BigInt(parseInt(ch, radix)), 0n);
  console.log(radix, back === x);
}
console.log(BigInt('0x' + x.toString(16)) === x, BigInt('0b' + x.toString(2)) === x, BigInt('0o' + x.toString(8)) === x);
console.log(BigInt(''), BigInt(' \n42\t'), BigInt('-17'), BigInt('+17'), BigInt('000123'), BigInt('0X1F'));
console.log(BigInt(0), BigInt(-0), BigInt(1e21), BigInt(-(2 ** 80)), BigInt(Number.MAX_SAFE_INTEGER) + 2n);
console.log(BigInt(true), BigInt(false), BigInt([5]), BigInt({ valueOf: () => 7n }), BigInt(Number.MAX_VALUE) % 1000000n);
console.log(Number(2n ** 53n + 1n), Number(2n ** 53n + 3n), Number(2n ** 64n - 1n), parseInt(12n), parseFloat(-3n));
console.log(String(2n ** 64n), `${-(2n ** 64n)}`, 12n + '', [1n, 2n].join('-'), 'x'.concat(3n));
console.log((12345678901234567890n).toLocaleString(), (1234567n).toLocaleString('de-DE'), (-999n).toLocaleString());
console.log((-98765432109876543210n).toLocaleString('sv-SE'), (12345678901234567890n).toLocaleString('es-ES'), new Intl.NumberFormat('en-US').format(2n ** 70n));
