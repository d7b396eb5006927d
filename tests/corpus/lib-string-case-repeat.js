// toUpperCase / toLowerCase / repeat and concat
console.log('Hello World'.toUpperCase(), 'Hello World'.toLowerCase());
console.log('straße'.toUpperCase(), 'ÀÉÎ'.toLowerCase(), 'ñ'.toUpperCase());
console.log('ab'.repeat(3), 'x'.repeat(0) === '', '-'.repeat(10));
console.log('a'.concat('b', 1, null), ''.concat());
try {
  'x'.repeat(-1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  'x'.repeat(Infinity);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
