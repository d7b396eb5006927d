// the in operator checks own and inherited keys, array indices and symbols
const obj = { a: 1, u: undefined };
console.log('a' in obj, 'u' in obj, 'b' in obj, 'toString' in obj);
const arr = [10, , 30];
console.log(0 in arr, 1 in arr, 2 in arr, '2' in arr, 'length' in arr, 3 in arr);
const s = Symbol('k');
console.log(s in { [s]: 1 });
console.log('x' in Object.create({ x: 1 }));
try {
  'length' in 'string';
} catch (e) {
  console.log(e.message);
}
