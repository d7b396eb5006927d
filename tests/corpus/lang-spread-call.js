// spread arguments in calls, mixed with normal arguments
function f(a, b, c, d) {
  return [a, b, c, d];
}
const args = [1, 2];
console.log(f(...args));
console.log(f(0, ...args, 3));
console.log(f(...'ab', ...[9]));
console.log(Math.max(...[4, 8, 2]), Math.min(...[], 7));
console.log(f(...new Set(['x', 'y', 'x'])));
const m = new Map([[1, 'a']]);
console.log(f(...m));
console.log(String.fromCharCode(...[72, 105]));
