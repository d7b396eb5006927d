// relational comparison of strings, numbers and mixed types
console.log('10' < '9', 10 < 9, '10' < 9, 'a' < 'b', 'B' < 'a', 'abc' < 'abd', 'ab' < 'abc');
console.log(null < 1, undefined < 1, undefined == 0, NaN < 1, NaN >= 1, [2] > 1, [1, 2] > 1);
console.log('' < 'a', ' ' < '', '😀' > 'z', '\u00e9' > 'f', 'Z' < 'a');
console.log(['b', 'a', 'C'].sort(), [10, 9, 8].sort(), 'apple' > 'Apple');
console.log(true > false, true + true, '3' * '4', '3' + 4 + 5, 3 + 4 + '5', '5' - - '2', [] * 2, {} * 2);
