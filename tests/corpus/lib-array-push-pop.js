// push/pop mutate the end of an array and return length / removed element
const a = [1, 2];
console.log(a.push(3), a.push(4, 5), a);
console.log(a.pop(), a.pop(), a);
console.log([].pop(), [].push());
const stack = [];
'abc'.split('').forEach(ch => stack.push(ch));
let out = '';
while (stack.length) out += stack.pop();
console.log(out);
const arrayLike = { length: 0 };
Array.prototype.push.call(arrayLike, 'x', 'y');
console.log(arrayLike);
