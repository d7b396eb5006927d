// replace with string patterns replaces the first match; special $ patterns; function replacers
console.log('aaa'.replace('a', 'b'), 'hello world'.replace('o', '0'));
console.log('price: 10'.replace('10', '$&$&'), 'abc'.replace('b', "[$`|$']"));
console.log('abc'.replace('b', '$$'), 'x'.replace('y', 'z'));
console.log('John Smith'.replace('Smith', m => m.toUpperCase()));
console.log('a-b'.replace('-', (m, offset, whole) => `(${m},${offset},${whole})`));
console.log('abc'.replace('', '_'));
