// array destructuring: holes, defaults, rest, from any iterable
const [a, , b = 'dflt', ...rest] = [1, 2, undefined, 4, 5];
console.log(a, b, rest);
const [x, y] = 'hi';
console.log(x, y);
const [first, second] = new Set([10, 20, 30]);
console.log(first, second);
const [m = 1, n = m * 2] = [];
console.log(m, n);
const [[p, q], [r]] = [[1, 2], [3]];
console.log(p, q, r);
const [u] = [];
console.log(u);
