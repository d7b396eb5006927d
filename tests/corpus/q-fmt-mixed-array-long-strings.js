// arrays mixing types and long strings: grouping into columns is only for short items
console.log([1, 'two', { three: 3 }, [4], null, undefined, true, 8.5, 'nine', -10]);
console.log(['a fairly long string number one', 'another fairly long string', 'short', 'x', 'the final long string here']);
console.log([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 'twenty-one', 22, 23, 24, 25, 26, 27]);
console.log(Array.from({ length: 30 }, (_, i) => 'item' + i));
console.log([[1, 2, [3, 4, [5, [6, [7]]]]], { a: [{ b: [{ c: 1 }] }] }]);
