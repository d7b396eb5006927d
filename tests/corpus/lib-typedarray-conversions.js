// element conversions: modulo wrap-around, clamping, float rounding, keys
const i8 = new Int8Array([127, 128, 255, 256, -129, 3.9, -3.9, NaN]);
console.log(Array.from(i8));
console.log(Array.from(new Uint8ClampedArray([300, -5, 0.5, 1.5, 2.5, 254.5])));
console.log(new Uint32Array([-1])[0], new Int32Array([2 ** 31])[0], new Float32Array([1 / 3])[0]);
const a = new Uint8Array(3);
a[3] = 9; a[-1] = 9; a['1.0'] = 9; a[1.5] = 9; a.note = 'x';
console.log(Object.keys(a), a.length, '3' in a, a['1.0']);
a['1'] = '42';
console.log(a[1], JSON.stringify(a), delete a[0], delete a[7]);
try {
  'use strict';
  Object.defineProperty(a, '0', { get() { return 1; } });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
