// split with string separators, limits, empty separator and edge cases
console.log('a,b,,c'.split(','), 'a,b,c'.split(',', 2));
console.log('abc'.split(''), 'abc'.split(), ''.split(','), ''.split(''));
console.log('a--b--c'.split('--'), 'a b  c'.split(' '));
console.log('hello'.split('l'), 'xyz'.split('xyz'), ',a,'.split(','));
console.log('a,b'.split(',', 0), 'a1b2c3'.split('2'));
console.log('key=value=more'.split('=').slice(1).join('='));
