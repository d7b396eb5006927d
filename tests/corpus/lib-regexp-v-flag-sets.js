// The v flag (unicodeSets): nested classes, intersection (&&) and
// subtraction (--) inside a character class.
const consonants = /[[a-z]--[aeiou]]/gv;
console.log('programming interview'.match(consonants).join(''));
const asciiLetters = /^[\p{L}&&\p{ASCII}]+$/v;
console.log(asciiLetters.test('hello'), asciiLetters.test('héllo'));
const upperOnly = /[\p{L}--\p{Ll}]+/v;
console.log(upperOnly.exec('camelCaseWORD')[0]);
console.log('a1-b2_c3'.replace(/[\w--\d]/gv, '*'));
console.log(/[^[0-4][6-9]]/v.test('5'), /[^[0-4][6-9]]/v.test('7'));
console.log(/x/v.flags, /x/v.unicodeSets, /x/u.unicodeSets);
for (const source of ['[a--b&&c]', '[(]', '[a&&&b]']) {
  try { new RegExp(source, 'v'); console.log(source, 'ok'); } catch (e) { console.log(e.name, e.message); }
}
try { new RegExp('x', 'uv'); } catch (e) { console.log(e.name, e.message); }
