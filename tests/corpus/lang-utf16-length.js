// strings are UTF-16: emoji and astral characters take two code units
const s = 'I ❤ 😀!';
console.log(s.length, [...s].length);
console.log('😀'.length, '€'.length, 'é'.length, 'e\u0301'.length);
console.log('👨‍👩‍👧'.length, [...'👨‍👩‍👧'].length);
console.log('😀'.split(''), '😀'.split('').length);
console.log('ab😀cd'.slice(2, 4) === '😀', 'ab😀cd'.slice(2, 3).length);
console.log('😀😀'.indexOf('😀', 1), '𝒳'.toUpperCase() === '𝒳');
