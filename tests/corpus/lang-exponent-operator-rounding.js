// The ** operator rounds exactly as Math.pow does in V8 (fdlibm's pow),
// which is not always the correctly rounded result the C library gives.
const base = 10;
for (const e of [21, 22, 23, 26, 29, 36, 42, -5, -7]) {
  console.log(e, base ** e, Math.pow(base, e), 10 ** e === Math.pow(10, e));
}
let x = 1.1;
x **= 10;
console.log(x, 2 ** 0.5, (-8) ** (1 / 3), 0 ** -1, (-0) ** -1, NaN ** 0, 1 ** Infinity);
console.log([1, 2, 3].map((n) => 10 ** (n * 13)).join(' '));
