// indexOf / lastIndexOf use ===; includes uses SameValueZero
const a = [1, 2, 3, 2, NaN, '2', -0];
console.log(a.indexOf(2), a.lastIndexOf(2), a.indexOf('2'), a.indexOf(4));
console.log(a.indexOf(NaN), a.includes(NaN), a.includes(0), a.indexOf(0));
console.log(a.indexOf(2, 2), a.lastIndexOf(2, 2), a.indexOf(2, -4), a.includes(1, 1));
const o = { k: 1 };
console.log([o].indexOf({ k: 1 }), [o].includes(o));
console.log([1, , 3].includes(undefined), [1, , 3].indexOf(undefined));
