// string methods on emoji and astral characters
const s = 'hi 👋🏽 café 😀';
console.log(s.length, [...s].length);
console.log(s.split(''));
console.log([...s]);
console.log(s.slice(3, 5), s.at(-1) === '\ude00', s.codePointAt(3), s.charCodeAt(3));
console.log(Array.from('😀😁').map(c => c.codePointAt(0).toString(16)));
console.log('😀'.split('').map(c => c.charCodeAt(0).toString(16)));
console.log([...'👨‍👩‍👧'].length, '👨‍👩‍👧'.length);
console.log(s.toUpperCase(), 'ß'.toUpperCase(), 'İ'.toLowerCase().length);
console.log(String.fromCodePoint(0x1f600), '\u{1F600}' === '😀');
console.log('abc😀'.split('').reverse().join('') === [...'abc😀'].reverse().join(''));
