// regular expressions: named groups, lookbehind, sticky, global lastIndex, matchAll
const re = /(?<year>\d{4})-(?<month>\d{2})/;
const m = '2023-07 and 2024-01'.match(re);
console.log(m.index, m[0], m.groups.year, m.groups.month);
console.log('price: $42, €13'.match(/(?<=\$)\d+/)[0], 'a1b2c3'.replace(/(?<!a)\d/g, '#'));
const g = /o/g;
console.log(g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex);
const sticky = /a/y;
sticky.lastIndex = 1;
console.log(sticky.test('ba'), sticky.test('ba'));
console.log([...'a1b22c333'.matchAll(/\d+/g)].map(x => x[0] + '@' + x.index));
console.log('2023-07'.replace(re, '$<month>/$<year>'), 'x'.replace(/x/, '$&$&$$'));
console.log('aBc'.replace(/b/i, (s, off, str) => `[${s}${off}${str}]`));
console.log(/\u{1F600}/u.test('😀'), /^.$/.test('😀'), /^.$/u.test('😀'), /a.b/s.test('a\nb'));
console.log(String(/a\/b/g), new RegExp('a/b', 'gi').source, /x/gimsuy.flags);
