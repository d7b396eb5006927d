// ===, Object.is and SameValueZero differ on NaN and -0
console.log(NaN === NaN, Object.is(NaN, NaN), [NaN].includes(NaN), [NaN].indexOf(NaN));
console.log(0 === -0, Object.is(0, -0), new Set([0, -0]).size);
console.log(Number.isNaN('abc'), isNaN('abc'));
const x = NaN;
console.log(x !== x);
