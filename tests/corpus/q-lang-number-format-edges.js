// number to string conversion at the edges of the exponent format
const nums = [1e21, 1e20, 123456789012345680000, 1e-6, 1e-7, 0.000001234, 1.5e-7,
  2 ** 53, 2 ** 53 + 1, 0.1 + 0.2, 100 / 3, -1e-7, 5e-324, 1.7976931348623157e308,
  123e-20, 1 / 3, 2 / 3, 4.35, 0.000005, -0, 1e300 * 10];
for (const n of nums) console.log(String(n));
console.log(String(-0), (-0).toString(), `${-0}`, [-0] + '', JSON.stringify(-0));
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(16));
