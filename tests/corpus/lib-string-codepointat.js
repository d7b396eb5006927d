// codePointAt, fromCodePoint and fromCharCode, including astral characters
console.log('ABC'.codePointAt(1), '😀'.codePointAt(0), '😀'.codePointAt(1), 'x'.codePointAt(5));
console.log(String.fromCodePoint(9731, 128512, 65), String.fromCharCode(72, 101, 108, 108, 111));
console.log(String.fromCharCode(0x10041), String.fromCharCode(), String.fromCodePoint());
try {
  String.fromCodePoint(-1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
