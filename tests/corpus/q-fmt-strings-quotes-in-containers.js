// strings with quotes, newlines and unicode inside containers choose quotes and escapes
console.log(["it's", 'say "hi"', `both ' and "`, 'all \' " `', 'back\\slash']);
console.log({ nl: 'line1\nline2', tab: 'a\tb', cr: 'x\ry', nul: '\0', esc: '\x1b[0m', del: '\x7f' });
console.log(['caf\u00e9', '😀', '\u200b', '\ud83d', 'ok\u2028'], { 'key with space': 1, 'ünï': 2, valid_id: 3, $d: 4, '1a': 5, 'a-b': 6 });
console.log('top level it\'s "raw"\nsecond line');
console.log([`multi
line`], new Map([["k'ey", 'v"al']]));
