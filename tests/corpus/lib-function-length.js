// Function.prototype.length counts parameters before the first default or rest
console.log((function () {}).length, ((a) => {}).length, ((a, b, c) => {}).length);
console.log(((a, b = 1, c) => {}).length, ((...r) => {}).length, ((a, ...r) => {}).length);
console.log((({ a, b }, [c]) => {}).length);
console.log(Math.max.length, Array.prototype.push.length, parseInt.length, JSON.stringify.length);
class C { constructor(x, y) {} }
console.log(C.length);
