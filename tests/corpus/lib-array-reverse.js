// reverse is in place and returns the same array; toReversed alternative via slice
const a = [1, 2, 3];
const r = a.reverse();
console.log(r, a, r === a);
const b = ['x', 'y'];
const copy = b.slice().reverse();
console.log(b, copy);
console.log('hello'.split('').reverse().join(''));
console.log([1, , 3].reverse());
console.log([].reverse(), [1].reverse());
