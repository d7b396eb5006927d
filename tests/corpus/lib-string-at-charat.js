// at / charAt / bracket access differences on strings
const s = 'hello';
console.log(s.at(0), s.at(-1), s.at(10), s.charAt(1), s.charAt(10) === '', s[1], s[10]);
console.log(s.charCodeAt(0), s.charCodeAt(99), '😀'.at(0).length);
s[0] = 'J';
console.log(s);
