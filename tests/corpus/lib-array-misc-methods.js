// lastIndexOf, copyWithin, toString and length edge cases
const a = [1, 2, 3, 4, 5];
console.log(a.copyWithin(0, 3), a);
console.log([1, 2, 3, 4, 5].copyWithin(1, 0, 2));
console.log([1, 2, 3].lastIndexOf(3, -2), [1, 2, 3].lastIndexOf(1, -3));
console.log(String([1, [2, 3]]), [1, 2] + '', [] + 1);
const b = [1, 2, 3];
b[10] = 11;
console.log(b.length, b.filter(() => true).length);
console.log(Array.prototype.slice.call({ length: 2, 0: 'a', 1: 'b' }));
