// ** operator: precedence, right associativity, negatives, assignment
console.log(2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(4 ** 0.5, 0 ** 0, NaN ** 0, 1 ** Infinity);
let x = 3;
x **= 2;
console.log(x);
console.log(Math.pow(2, 53) === 2 ** 53, 2 ** 53 + 1);
console.log(-(2 ** 2));
