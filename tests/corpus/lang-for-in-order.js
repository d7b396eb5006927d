// for-in order: integer-like keys ascending first, then strings in insertion order
const obj = { b: 1, 2: 'two', a: 2, 1: 'one', '-1': 'neg', '01': 'lead', 10: 'ten', 1.5: 'f' };
const keys = [];
for (const k in obj) keys.push(k);
console.log(keys.join(' '));
console.log(Object.keys(obj).join(' '));
const arr = ['x', 'y'];
arr.extra = 'e';
for (const i in arr) console.log(i, typeof i);
for (const i in 'ab') console.log('str', i);
