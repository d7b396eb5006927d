// when numbers switch to exponent notation (1e21, 1e-7)
console.log(1e20, 1e21, 123456789012345678901, 1.5e21);
console.log(0.000001, 0.0000001, 1e-7, 1.23e-7, 0.00000123);
console.log(String(1e21), (1e21).toString(), '' + 1e-7);
console.log(-1e21, -1e-7, 1e300 * 10, 2e-323);
console.log(1e21 + 1, 999999999999999999999, 100000000000000000000);
console.log(Number('1e3'), Number('-1.5e-3'), parseFloat('6.02e23'));
