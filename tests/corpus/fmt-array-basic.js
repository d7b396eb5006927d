// arrays print with spaces inside brackets
console.log([1, 2, 3]);
console.log([]);
console.log([[]], [[], []]);
console.log(['a', 1, true, null, undefined, NaN]);
console.log([1.5, -2, 0, -0, 1e21, 1e-7]);
console.log([[1, 2], [3, 4]]);
