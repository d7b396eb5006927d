// numeric literals: separators, hex/octal/binary, exponents and leading dots
console.log(1_000_000, 0.5, .5, 5., 0xAB, 0o777, 0b1111_0000);
console.log(1e3, 1E-3, 2e+2, 0.1e1, 1_0.0_1);
console.log(Number('1_000'), parseInt('1_000'), Number(' 42 '), Number('0b101'), Number('0o17'));
console.log(0.1e-2, 1e0, 0e5, -0x10, 0B11, 0O10);
console.log(Number.MAX_SAFE_INTEGER === 9_007_199_254_740_991);
