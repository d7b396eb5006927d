// strict mode turns silent failures into TypeErrors
'use strict';
const frozen = Object.freeze({ a: 1, arr: [] });
const cases = [
  () => { frozen.a = 2; },
  () => { frozen.b = 3; },
  () => { delete frozen.a; },
  () => { const o = { get g() { return 1; } }; o.g = 2; },
  () => { Object.defineProperty({}, 'x', { value: 1 }).x = 2; },
  () => { 'str'.length = 1; },
];
for (const f of cases) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
frozen.arr.push('inner arrays are still mutable');
console.log(frozen.arr);
