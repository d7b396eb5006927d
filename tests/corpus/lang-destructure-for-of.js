// destructuring in for-of over arrays, maps and entries
const m = new Map([['a', 1], ['b', 2]]);
for (const [k, v] of m) console.log(k, v);
for (const [i, ch] of ['x', 'y'].entries()) console.log(i, ch);
for (const { name, age = 0 } of [{ name: 'p' }, { name: 'q', age: 3 }]) console.log(name, age);
for (const [key, value] of Object.entries({ one: 1, two: 2 })) console.log(`${key}:${value}`);
let a, b;
for ([a, b] of [[1, 2], [3, 4]]) console.log(a + b);
