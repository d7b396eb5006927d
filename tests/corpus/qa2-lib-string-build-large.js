let s = '';
for (let i = 0; i < 200000; i++) s += String.fromCharCode(97 + (i % 26));
console.log(s.length, s.slice(0, 30), s.charAt(199999), s.indexOf('zab'), s.lastIndexOf('abc'));
let t = '';
for (let i = 0; i < 50000; i++) t = i + ',' + t;
console.log(t.length, t.slice(0, 20), t.split(',').length);
const parts = [];
for (let i = 0; i < 1000; i++) parts.push(`<li data-i="${i}">${'item'.padEnd(8, '.')}${i}</li>`);
const html = '<ul>' + parts.join('') + '</ul>';
console.log(html.length, html.slice(0, 60), html.match(/<li/g).length);
let r = 'x';
for (let i = 0; i < 20; i++) r = r + r;
console.log(r.length, r === 'x'.repeat(1 << 20), r[12345], r.at(-1));
let mix = '';
for (let i = 0; i < 10000; i++) { mix += i; mix += ' '; if (i % 1000 === 0) mix = mix.trimEnd() + '\n'; }
console.log(mix.length, mix.split('\n').length, JSON.stringify(mix.slice(0, 12)));
let uni = '';
for (let i = 0; i < 1000; i++) uni += '😀';
console.log(uni.length, [...uni].length, uni.codePointAt(0), uni.normalize() === uni);
const m = new Map(); let key = '';
for (let i = 0; i < 100; i++) { key += 'k'; m.set(key, i); }
console.log(m.get('k'.repeat(50)), m.size, ('a' + 'b' + 'c') === 'abc', { ['a' + 'b']: 1 });
