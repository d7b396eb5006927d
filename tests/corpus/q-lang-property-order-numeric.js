// own property order: integer-like keys ascending, then strings in insertion order, then symbols
const o = { b: 1, 2: 'two', a: 2, 1: 'one', [Symbol('s')]: 3, '-1': 'neg', '01': 'lead', 4294967295: 'big', 10: 'ten' };
console.log(Object.keys(o));
console.log(JSON.stringify(o));
console.log(Reflect.ownKeys(o).map(String));
for (const k in o) process.stdout.write(k + ' ');
console.log();
const arr = ['x'];
arr.z = 1;
arr[5] = 'y';
console.log(Object.keys(arr));
console.log(Object.entries({ 1.5: 'a', 1: 'b', '1e3': 'c', 999: 'd' }));
