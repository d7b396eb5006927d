// charCodeAt vs codePointAt and surrogate pairs
const s = '😀';
console.log(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2));
console.log(s.codePointAt(0), s.codePointAt(1), s.codePointAt(0).toString(16));
console.log(String.fromCharCode(0xd83d, 0xde00) === s, String.fromCodePoint(0x1f600) === s);
const hi = s.charCodeAt(0), lo = s.charCodeAt(1);
console.log((hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000);
console.log('\ud83d\ude00' === s, '\u{1F600}' === s);
const lone = s[0];
console.log(lone.length, lone.codePointAt(0), JSON.stringify(lone));
console.log([...'a𝄞b'].map(c => c.codePointAt(0)));
