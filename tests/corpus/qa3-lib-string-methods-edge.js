console.log('abc'.padStart(6, '12'), 'abc'.padEnd(2), 'abc'.padStart(5, ''), 'x'.padEnd(4, 'ab'));
console.log('a.b.c'.replaceAll('.', '$&$&'), 'aaa'.replaceAll('a', (m, i) => i), 'xyz'.replace('y', '$`$\''));
try { 'a'.replaceAll(/a/, 'b'); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(['b', 'a', 'C', 'A'].sort(), ['b', 'a', 'C', 'A'].sort((x, y) => x.localeCompare(y)));
console.log('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'));
const s1 = 'caf\u00e9', s2 = 'cafe\u0301';
console.log(s1 === s2, s1.normalize() === s2.normalize(), s1.length, s2.length, s2.normalize('NFC').length, s1.normalize('NFD').length);
console.log('  trim me  '.trimStart() + '|', '|' + '  x '.trimEnd(), 'abc'.at(-1), 'abc'.charAt(5) === '', 'abc'[5]);
console.log('Hello'.split(''), 'a,b,,c'.split(','), 'abc'.split('', 2), ''.split(','), ''.split(''));
console.log('ß'.toUpperCase(), 'İ'.toLowerCase().length, 'ǅ'.toLowerCase(), 'abc'.localeCompare('ABC', undefined, { sensitivity: 'base' }));
console.log('😀'.length, [...'😀'].length, '😀'.codePointAt(0), String.fromCodePoint(128512), '😀'.split(''));
console.log('abc'.repeat(0) === '', 'x'.concat(1, null), 'abcdef'.substring(4, 1), 'abcdef'.substr(-3, 2), 'abcdef'.slice(-3, -1));
try { 'x'.repeat(-1); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log('abc'.startsWith('b', 1), 'abc'.endsWith('b', 2), 'aXbX'.lastIndexOf('X'), 'abc'.search('c'));
