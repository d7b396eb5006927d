// numbers in containers: -0, floats, exponents, NaN and boxed values
console.log([0, -0, 0.1, -1.5e-7, 1e21, NaN, Infinity, -Infinity, 2 ** 53]);
console.log({ neg: -0, big: 123456789012345680000, tiny: 5e-324 });
console.log([new Number(-0), new String('boxed'), new Boolean(false), Object(Symbol('s'))]);
console.log(-0, [-0], '' + -0, `${[-0]}`);
const n = new Number(3);
n.extra = 'prop';
console.log(n, [n]);
const s = new String('ab');
s.x = 1;
console.log(s);
