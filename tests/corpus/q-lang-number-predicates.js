// NaN, Infinity, -0, and Number vs global predicates
console.log(isNaN('abc'), Number.isNaN('abc'), isFinite('12'), Number.isFinite('12'));
console.log(Number.isInteger(5.0), Number.isInteger('5'), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1));
console.log(NaN === NaN, [NaN].indexOf(NaN), [NaN].includes(NaN), Object.is(NaN, 0 / 0), new Set([NaN, NaN]).size);
console.log(0 === -0, Object.is(0, -0), 1 / -0, Math.sign(-0), [-0].includes(0), new Map([[-0, 'z']]).get(0));
console.log(Infinity - Infinity, Infinity * 0, -Infinity < Number.MIN_SAFE_INTEGER, Number.MIN_VALUE > 0);
console.log(0.1 * 3, 0.3 === 0.1 * 3, Math.abs(0.3 - 0.1 * 3) < Number.EPSILON, 9007199254740993);
console.log(Number.MAX_VALUE + 1 === Number.MAX_VALUE, 2 ** 1024, -(2 ** 1024), (-8) ** (1 / 3));
console.log(5 % 3, -5 % 3, 5 % -3, 5.5 % 2, -0 % 5, 0 % 0, 2 ** -1, (-2) ** 2);
