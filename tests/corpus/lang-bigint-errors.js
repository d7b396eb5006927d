// The errors BigInts throw, with V8's exact messages
const attempts = {
  'mix +': () => 1n + 1,
  'mix *': () => 2 * 2n,
  'mix <<': () => 1n << 1,
  'unsigned shift': () => 1n >>> 0n,
  'unary plus': () => +1n,
  'Math.abs': () => Math.abs(-1n),
  'isNaN': () => isNaN(1n),
  'divide by zero': () => 1n / 0n,
  'modulo by zero': () => 1n % 0n,
  'negative exponent': () => 2n ** -1n,
  'too big': () => 2n ** (2n ** 40n),
  'shift too big': () => 1n << (2n ** 31n),
  'BigInt(1.5)': () => BigInt(1.5),
  'BigInt(NaN)': () => BigInt(NaN),
  "BigInt('1.5')": () => BigInt('1.5'),
  "BigInt('abc')": () => BigInt('abc'),
  'BigInt(undefined)': () => BigInt(undefined),
  'BigInt(null)': () => BigInt(null),
  'BigInt(Symbol)': () => BigInt(Symbol('s')),
  'new BigInt': () => new BigInt(1),
  'toString(37)': () => (1n).toString(37),
  'toString on Number': () => BigInt.prototype.toString.call(1),
  'asIntN(-1)': () => BigInt.asIntN(-1, 1n),
  'asIntN(8, 1)': () => BigInt.asIntN(8, 1),
  'JSON': () => JSON.stringify({ a: 1n }),
  'new Array(1n)': () => new Array(1n),
};
for (const [label, attempt] of Object.entries(attempts)) {
  try {
    console.log(label, '->', attempt());
  } catch (e) {
    console.log(label, '->', e.name + ': ' + e.message);
  }
}
for (const src of ['1.5n', '01n', '1e3n', '.5n', '1nn', '1_n'])
  try { new Function(src); } catch (e) { console.log(src, '->', e.name + ': ' + e.message); }
