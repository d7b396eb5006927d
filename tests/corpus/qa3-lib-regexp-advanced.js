const re = /(?<year>\d{4})-(?<month>\d{2})/g;
const text = 'dates: 2024-01, 2023-12.';
for (const m of text.matchAll(re)) console.log(m.index, m[0], m.groups.year, m.groups.month);
console.log(text.replace(re, '$<month>/$<year>'));
console.log(text.replace(re, (...args) => JSON.stringify(args.at(-1))));
console.log('price: $30, €40'.match(/(?<=\$)\d+/), 'a1b2'.match(/(?<!a)\d/)[0]);
const sticky = /foo/y;
sticky.lastIndex = 3;
console.log(sticky.test('barfoo'), sticky.lastIndex, sticky.test('barfoo'), sticky.lastIndex);
console.log('aBc'.replace(/b/i, x => x.toUpperCase() + '!'), /a.c/s.test('a\nc'), /a.c/.test('a\nc'));
console.log('x'.match(/y/), 'xx'.match(/x/g), 'test'.match(/(t)(e)?/).slice(), /\u{1F600}/u.test('😀'));
const r2 = /a/g;
console.log(r2.test('aa'), r2.lastIndex, r2.test('aa'), r2.lastIndex, r2.test('aa'), r2.lastIndex);
console.log('one two  three'.split(/\s+/), 'a1b2c3'.split(/\d/), 'a1b2c3'.split(/(\d)/));
console.log(/(a)|(b)/.exec('b'), RegExp.prototype.flags !== undefined, /x/gimsuy.flags);
try { new RegExp('('); } catch (e) { console.log(e.name + ': ' + e.message); }
try { text.matchAll(/x/); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(String(/a\/b/), new RegExp('a/b').source, RegExp('\n').source, new RegExp('').toString());
