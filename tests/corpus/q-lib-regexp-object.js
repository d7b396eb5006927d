// RegExp objects: constructor, flags, source, toString and escaping
const r = new RegExp('a+b', 'gi');
console.log(r, r.source, r.flags, r.global, r.ignoreCase, r.multiline, String(r));
console.log(new RegExp(/x/g, 'i').flags, RegExp('.').test('\n'), new RegExp('').toString());
const escape = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
console.log(escape('1+1=2? (yes) [ok] $5'), new RegExp(escape('a.b')).test('axb'));
console.log(/a/ instanceof RegExp, typeof /a/, Object.prototype.toString.call(/a/));
try { new RegExp('('); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log({ re: /x\/y/m, list: [/a/, /b/g] });
