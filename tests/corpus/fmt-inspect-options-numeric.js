// util.inspect numericSeparator: numbers and bigints grouped by threes, Node's edge cases included
const util = require('util');
for (const v of [0, -0, 1, 999, 1000, -1234, 1234567.891, -1234.5678, 0.000001, 1e21, 123456789012, NaN, -Infinity, 12345678901234567890n, -1000n, 3.14159265, 1e-7, -0.5, [10000, 2000000], { big: 1234567 }])
  console.log(util.inspect(v, { numericSeparator: true }));
console.log(util.format('%d %i', 123456, 7654321), util.inspect(123456));
