// building strings piece by piece (+=, s = s + x, obj.s +=, templates, prepending) gives the same strings
let a = '';
for (let i = 0; i < 8000; i++) a += i % 10;
let b = '';
for (let i = 0; i < 4000; i++) b = b + 'ab';
const o = { s: '' };
for (let i = 0; i < 4000; i++) o.s += 'x';
let t = '';
for (let i = 0; i < 2000; i++) t = `${t}${i % 3}`;
let p = '';
for (let i = 0; i < 2000; i++) p = 'y' + p;
console.log(a.length, a.slice(0, 12), a.slice(-3), a[7345], a.charCodeAt(5));
console.log(b.length, b.indexOf('ba'), b.endsWith('abab'), o.s.length, t.length, t.slice(-6), p.length);
console.log(a === a.slice(0), (a + b).length, JSON.stringify(t.slice(0, 5)), typeof a, a > b);
const m = new Map([[a, 1]]);
console.log(m.get(a.slice(0)), { [p]: 1 }[p], [a].includes(a.slice(0)), String(p).length);
