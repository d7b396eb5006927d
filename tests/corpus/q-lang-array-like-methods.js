// Array.prototype methods applied to array-likes and strings
const al = { 0: 'a', 1: 'b', 2: 'c', length: 3 };
console.log(Array.prototype.map.call(al, x => x.toUpperCase()));
console.log(Array.prototype.join.call(al, '+'), Array.from(al));
Array.prototype.push.call(al, 'd');
console.log(al);
console.log(Array.prototype.slice.call('hello', 1, 3));
console.log(Array.prototype.filter.call('banana', c => c === 'a').length);
console.log([].concat.call(1, 2), Array.prototype.indexOf.call({ length: 2, 1: NaN, 0: 0 }, 0));
function f() { return Array.prototype.reverse.call(arguments); }
console.log(f(1, 2, 3));
console.log(Array.prototype.includes.call({ length: 1, 0: NaN }, NaN));
console.log(Array.from({ length: 3 }, (_, i) => i * i), Array.from({ length: '2' }));
