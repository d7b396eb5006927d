// replaceAll with strings replaces every occurrence
console.log('a.b.c'.replaceAll('.', '/'), 'aaaa'.replaceAll('aa', 'b'));
console.log('x'.replaceAll('', '-'), 'banana'.replaceAll('an', m => m.toUpperCase()));
console.log('1+1+1'.replaceAll('+', ' plus '));
let n = 0;
console.log('a_a_a'.replaceAll('a', () => ++n));
console.log('no match'.replaceAll('zzz', 'y'), 'abab'.replaceAll('ab', '$&!'));
