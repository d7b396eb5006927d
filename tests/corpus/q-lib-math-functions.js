// Math functions with edge inputs
console.log(Math.max(), Math.min(), Math.max(1, NaN), Math.max(-0, 0), Math.min(0, -0));
console.log(Math.trunc(-4.7), Math.floor(-4.5), Math.ceil(-4.5), Math.sign(-3), Math.cbrt(27), Math.hypot(3, 4));
console.log(Math.sqrt(-1), Math.abs('-2'), Math.abs(null), Math.abs([]), Math.abs([1, 2]), Math.pow(NaN, 0));
console.log(Math.clz32(1), Math.fround(5.5), Math.fround(5.05), Math.imul(3, 4), Math.imul(0xffffffff, 5));
console.log(Math.log10(1000), Math.log2(8), Math.log1p(0), Math.expm1(0), Math.atan2(1, 1) * 4 === Math.PI);
console.log(Math.round(-0.5), Math.round(1.4999), Math.round('2.5'), Math.max('7', 3), Math.min([2], [1]));
console.log(Math.PI.toFixed(5), Math.E.toPrecision(3), Math.SQRT2, Math.LN2);
console.log(Math.sin(0), Math.cos(Math.PI), Math.tan(0), Math.exp(1) === Math.E, Math.asinh(0));
