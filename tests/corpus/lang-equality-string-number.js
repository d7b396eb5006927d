// == converts strings and booleans to numbers
console.log('1' == 1, '01' == 1, '1.0' == 1, ' 1 ' == 1, '' == 0, '0x10' == 16);
console.log('abc' == NaN, '1e3' == 1000, 'Infinity' == Infinity);
console.log(true == 1, true == '1', false == '0', false == '', true == 'true');
console.log('1' === 1, 0 === -0, '' == '0', 0 == '0');
console.log('b' > 'a', 'B' > 'a', '10' > '9', 10 > '9', '10' > 9);
