// relational comparisons between strings, numbers, mixed types
console.log('apple' < 'banana', 'Zebra' < 'apple', 'a' < 'aa', 'abc' < 'abd');
console.log('2' < '12', 2 < '12', '2' < 12, 'x' < 1, 'x' > 1);
console.log(null < 1, undefined < 1, undefined > -1, [2] > 1, [1, 2] > 1);
console.log('é' > 'z', 'a'.localeCompare('b'), '😀' > '\uffff');
console.log(1 < 2 < 3, 3 > 2 > 1);
