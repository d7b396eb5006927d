// Number() conversions from strings, arrays, objects and special values
const inputs = ['', ' ', '\n42\t', '1e3', '-0', '0o17', '0b11', '0xff', '1_000', '12px', '.5', '5.', '+-1',
  'Infinity', '-Infinity', 'infinity', null, undefined, true, [], [7], [1, 2], {}, '0x', '00123', '1e1000'];
for (const v of inputs) console.log(JSON.stringify(v) ?? 'undefined', '->', Number(v));
console.log(+new Date(5), Number(new Date(7)), +[[[3]]], +' 0x10 ');
