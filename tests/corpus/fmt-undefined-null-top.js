// primitives at the top level
console.log(undefined);
console.log(null);
console.log(true, false);
console.log(NaN, Infinity, -Infinity);
console.log(42, -3.5, 1e21, 1e-7, 0.1 + 0.2);
