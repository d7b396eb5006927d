// string methods with unusual arguments
console.log('abc'.substring(2, 0), 'abc'.substr(-2, 1), 'abc'.slice(2, 0), 'abc'.slice(-2));
console.log('abc'.indexOf(''), 'abc'.indexOf('', 10), 'abc'.lastIndexOf('c', -5), 'aaa'.lastIndexOf('a'));
console.log('a,b,,c'.split(','), 'abc'.split(''), 'abc'.split(), 'a1b2'.split('1', 1), 'a1b2'.split('', 2), ''.split(','));
console.log('x'.padStart(5, 'ab'), 'x'.padEnd(4, ''), 'abc'.padStart(2), '5'.padStart(3, 0));
console.log('  hi  '.trimStart() + '|', 'Hello'.startsWith('ell', 1), 'Hello'.endsWith('ell', 4));
console.log('abc'.at(-4), 'abc'.charAt(5) === '', 'abc'[5], 'abc'.concat(1, null, [2, 3]));
console.log('aXbXc'.replaceAll('X', (m, off) => off), 'a.b.c'.replaceAll('.', '$&$&'), 'abc'.replace('', '_'));
console.log('ﬀ'.toUpperCase(), 'Σ'.toLowerCase(), 'ΑΣ'.toLowerCase(), 'i'.localeCompare('I'), 'a' < 'B');
console.log('abc'.repeat(0) === '', 'ab'.normalize === String.prototype.normalize, 'é'.normalize('NFD').length);
try { 'a'.repeat(-1); } catch (e) { console.log(e.name + ': ' + e.message); }
