// %d and %i convert to numbers (integers for %i); objects give NaN
console.log('%d + %d = %d', 1, 2, 3);
console.log('%d', '42', '%d', 3.7);
console.log('%i', 3.7, '%i', -3.7);
console.log('%d %i', '3.9abc', '3.9abc');
console.log('%d %d', {}, []);
console.log('%i', 'x');
console.log('%d', 1.5e300);
