// which object keys get quotes in util.inspect output
const o = {
  simple: 1, with_underscore: 2, $dollar: 3, camelCase: 4, 'with-dash': 5, 'with space': 6,
  '123': 7, '1.5': 8, '-1': 9, '': 10, 'üñí': 11, 'a\nb': 12, "it's": 13, 'class': 14, 'null': 15,
};
console.log(o);
console.log({ 'a"b': 1, '\u0000': 2, 'é': 3, '日本': 4, '😀': 5 });
