// number to string conversion: decimals, floating point error, integers
console.log(0.1 + 0.2, 0.1 + 0.2 === 0.3, 0.3 - 0.1);
console.log(1 / 3, 2 / 3, 10 / 3, 100 / 7);
console.log(1.0, 1.50, 123.456, -7.25, 0.000001, 1e6, 123e-2);
console.log(String(0.1 * 3), String(1.1 * 1.1), 9.95 * 100);
console.log(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2);
console.log(2 ** 53, 2 ** 64, 12345678901234567890);
console.log(5e-324, 1.7976931348623157e308);
console.log([0.5, 1.25, 3.14159].join(' '));
