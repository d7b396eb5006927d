// delete removes own configurable properties and returns a boolean
const obj = { a: 1, b: 2 };
console.log(delete obj.a, obj, 'a' in obj);
console.log(delete obj.missing);
const arr = [1, 2, 3];
console.log(delete arr[1], arr.length, arr);
const frozen = Object.freeze({ k: 1 });
console.log(delete frozen.k, frozen.k);
Object.defineProperty(obj, 'fixed', { value: 1, configurable: false });
console.log(delete obj.fixed);
(function () {
  'use strict';
  try {
    delete frozen.k;
  } catch (e) {
    console.log(e.message);
  }
})();
const proto = { p: 1 };
const child = Object.create(proto);
console.log(delete child.p, child.p);
