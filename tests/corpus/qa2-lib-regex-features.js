const date = /(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/;
const m = '2024-03-15'.match(date);
console.log(m.groups, m.index, m.input, m.groups.year, { ...m.groups });
console.log('2024-03-15'.replace(date, '$<day>/$<month>/$<year>'), '2024-03-15'.replace(date, (...args) => JSON.stringify(args.at(-1))));
console.log('price: $42, cost: $7'.match(/(?<=\$)\d+/g), 'a1b2c3'.match(/(?<!a)\d/g), 'foobar foobaz'.match(/foo(?=baz)/).index);
const sticky = /\d+/y;
sticky.lastIndex = 3;
console.log(sticky.exec('ab 123 456'), sticky.lastIndex, sticky.test('ab 123 456'), sticky.lastIndex);
console.log([...'a1b22c333'.matchAll(/[a-z](\d+)/g)].map(x => [x[0], x[1], x.index]));
try { 'abc'.matchAll(/b/); } catch (e) { console.log(e.message); }
try { 'abc'.replaceAll(/b/, 'x'); } catch (e) { console.log(e.message); }
console.log('aaa'.replace(/a/g, '$&$&'), 'abc'.replace('b', '$`|$\''), 'x'.replace('x', '$$'), 'abc'.replace(/(b)/, '[$1$2]'));
console.log(/\p{L}+/u.exec('123 héllo')[0], /\p{Script=Greek}/u.test('α'), /[\u{1F600}-\u{1F64F}]/u.test('😃'), /\u{61}/.test('a'), /\u{61}/u.test('a'));
const re = /(\w)(\d)?/g;
let r; const out = [];
while ((r = re.exec('a1 b c2')) !== null) out.push(`${r[0]}:${r[2]}:${re.lastIndex}`);
console.log(out, /a/gimsuy.flags, new RegExp('a/b', 'g').source, String(new RegExp('')));
try { RegExp('['); } catch (e) { console.log(e.name, e.message); }
