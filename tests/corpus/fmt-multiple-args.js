// multiple arguments are joined with single spaces
console.log('a', 'b', 'c');
console.log(1, '1', [1], { one: 1 });
console.log('str', undefined, null, true);
console.log();
console.log('', '');
console.log('x', '', 'y');
console.log([1], [2], [3]);
