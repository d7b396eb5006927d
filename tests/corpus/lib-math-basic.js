// Math functions with exactly representable results (no Math.random output)
console.log(Math.abs(-5), Math.sign(-3), Math.sign(0), Math.sqrt(16), Math.cbrt(27), Math.hypot(3, 4));
console.log(Math.pow(2, 10), Math.max(1, 5, 3), Math.min(1, 5, 3), Math.max([1, 2]), Math.max('7', 2));
console.log(Math.PI, Math.E, Math.SQRT2, Math.LN2, Math.LOG10E);
console.log(Math.log(1), Math.log2(8), Math.log10(1000), Math.exp(0), Math.clz32(1), Math.imul(3, 4));
console.log(Math.sin(0), Math.cos(0), Math.atan2(0, 1), Math.fround(5.5), Math.fround(5.05));
const r = Math.random();
console.log(typeof r, r >= 0 && r < 1);
