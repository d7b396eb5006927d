// array iterators: keys, values, entries (holes included)
const a = ['x', , 'z'];
console.log([...a.keys()], [...a.values()], [...a.entries()]);
console.log(Object.keys(a));
const it = a.entries();
console.log(it.next(), typeof it[Symbol.iterator]);
console.log(Object.prototype.toString.call(it));
for (const [i, v] of ['p', 'q'].entries()) console.log(i, v);
console.log(Array.prototype[Symbol.iterator] === Array.prototype.values);
