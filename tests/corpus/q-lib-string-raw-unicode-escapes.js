// unicode escapes, code points and normalization helpers
console.log('\u0041\u{42}\x43', '\u{1F600}'.length, String.fromCharCode(0xd83d, 0xde00));
console.log('é' === 'e\u0301', 'é'.normalize('NFD') === 'e\u0301', 'e\u0301'.normalize() === 'é');
console.log([...'Åström'].map(c => c.codePointAt(0)));
console.log(String.fromCodePoint(72, 105, 0x1f44b), 'abc'.codePointAt(5));
try { String.fromCodePoint(-1); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(encodeURIComponent('a b&c=d/é'), decodeURIComponent('%E2%9C%93'), encodeURI('http://x.y/a b?q=1&r=é'));
try { decodeURIComponent('%'); } catch (e) { console.log(e.name + ': ' + e.message); }
