// comma operator, void, and the in operator on arrays and strings
let x = (1, 2, 3);
console.log(x);
let i = 0;
const r = (i++, i++, i);
console.log(r, i);
console.log(void 0, void 'x', void (x = 5), x);
const arr = ['a', 'b', , 'd'];
console.log(0 in arr, 2 in arr, 3 in arr, '1' in arr, 'length' in arr, 4 in arr);
console.log('toString' in {}, 'a' in { a: undefined });
try { console.log('x' in 'str'); } catch (e) { console.log(e.name + ': ' + e.message); }
for (var a = 0, b = 10; a < b; a += 3, b -= 3) console.log(a, b);
const f = () => (console.log('side'), 'value');
console.log(f());
