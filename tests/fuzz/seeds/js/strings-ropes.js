// Long concatenations (ropes), slicing them, and string methods over them.
let s = '';
for (let i = 0; i < 2000; i++) s += i % 7 ? 'ab' : '\u00e9\ud83d\ude00';
let t = 'x'.repeat(100) + s + s.slice(5, 50) + `${s.length}`;
console.log(t.length, t.charCodeAt(150), t.indexOf('😀'), t.at(-1), t.split('é').length, t.slice(-9));
console.log(t.replaceAll('ab', '-').length, t.normalize('NFD').length, [...t.slice(0, 20)].length, t.codePointAt(106));
console.log(t.toUpperCase().substring(95, 110), JSON.stringify(t.slice(98, 104)), t.localeCompare(s), t === t + '');
const m = new Map([[t, 1]]); console.log(m.get('x'.repeat(100) + s + s.slice(5, 50) + s.length));
console.log('a'.padStart(5, 'xy') + 'b'.padEnd(3) + 'c'.concat(1, null) + String.raw`\n${1}`);
