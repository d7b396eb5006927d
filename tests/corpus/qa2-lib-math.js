console.log(Math.round(-0.5), Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), Object.is(Math.round(-0.4), -0));
console.log(Math.max(), Math.min(), Math.max(1, NaN), Math.max(-0, 0), Object.is(Math.min(0, -0), -0), Math.max(...[3, 9, 2]));
console.log(Math.trunc(-4.7), Math.sign(-3), Math.sign(-0), Math.cbrt(27), Math.hypot(3, 4), Math.hypot(), Math.clz32(1), Math.fround(5.5), Math.fround(5.05));
console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.log2(8), Math.log10(1000), Math.expm1(0), Math.log1p(0), Math.sinh(0), Math.atan2(1, 1));
console.log(Math.pow(2, 0.5), 2 ** -1, (-8) ** (1 / 3), Math.sqrt(-1), Math.abs(-0), Math.ceil(-0.5), Math.floor(-0.5));
console.log(Math.sin(Math.PI), Math.cos(Math.PI), Math.tan(0), Math.exp(1), Math.E, Math.LN2, Math.SQRT1_2);
console.log(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON, 5 % 3, -5 % 3, 5 % -3, 5.5 % 2, -0 % 5, 2 ** 10, 7 / 0, -7 / 0, 0 / 0);
console.log(Math.max.apply(null, [1, 5, 3]), [1, 2, 3].reduce((a, b) => a + b) / 3, Math.round(1.005 * 100) / 100, Math.round('2.5'), Math.abs('-3'), Math.min([1]), Math.max([1, 2]));
console.log(Math.acos(2), Math.asinh(1), Math.atanh(1), Math.cosh(1), Math.tanh(Infinity), Math[Symbol.toStringTag]);
