// split with separators and limits, join with holes and nested arrays
console.log('a,b,c,d'.split(',', 2), 'a,b'.split(',', 0), 'abc'.split('', -1), 'a,,b'.split(',', 10));
console.log('one  two'.split(' '), 'x'.split('x'), 'xx'.split('x'), 'hello'.split('l'));
console.log([1, [2, [3, [4]]]].join(';'), [null, undefined, 1].join('-'), [[], [[]]].join(), [{}].join());
console.log(['a', 'b'].join(undefined), ['a', 'b'].join(null), Array(4).join('ab'));
console.log('2024-01-15'.split('-').map(Number), 'k=v&x=y'.split('&').map(p => p.split('=')));
