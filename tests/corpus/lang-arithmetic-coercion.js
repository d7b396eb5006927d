// remainder, division and unary operators with coercion
console.log(7 % 3, -7 % 3, 7 % -3, 5.5 % 2, 0 % 5, 5 % 0);
console.log(7 / 2, Math.trunc(-7 / 2), Math.floor(-7 / 2));
console.log(+true, -false, +null, +undefined, +'3.5', -'-2');
console.log(typeof +'x', !!'0', !!0, !'', !![]);
console.log(0.1 * 3, 0.7 + 0.1, 3 * 1.1);
