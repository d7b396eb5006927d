// numeric keys, special number values inside containers
console.log({ 1: 'a', 0.5: 'b', '-1': 'c', 1e21: 'd' });
console.log([NaN, Infinity, -Infinity, -0, 0.1 + 0.2, 2 ** 53]);
console.log({ big: 12345678901234567890, small: 5e-324 });
console.log([1e21, 1e-7, 123456789.123]);
