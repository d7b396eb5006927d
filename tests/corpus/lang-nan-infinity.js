// NaN and Infinity arithmetic
console.log(0 / 0, 1 / 0, -1 / 0, Infinity - Infinity, Infinity * 0, Infinity / Infinity);
console.log(NaN + 1, NaN * 0, 'a' * 1, undefined + 1, null + 1, Math.sqrt(-1));
console.log(Infinity + 1 === Infinity, -Infinity < -Number.MAX_VALUE, typeof NaN);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, String(-Infinity));
console.log(isFinite('12'), Number.isFinite('12'), isFinite(Infinity), isFinite(NaN));
console.log(Math.max(), Math.min(), Math.max(NaN, 1), Math.min(1, '2', null));
console.log(2 ** 1024, -(2 ** 1024), 1 / Infinity, -1 / Infinity);
