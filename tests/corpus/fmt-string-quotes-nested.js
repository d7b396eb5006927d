// quote selection and escaping for strings inside nested containers
console.log([["a'b"], { k: 'a"b' }, new Map([['x', "y'z"]])]);
console.log({ "key'quote": 1, 'key"dq': 2, normal_key: 3, 'with space': 4, $dollar: 5, _u: 6, '1abc': 7 });
console.log(['\x01', '\u007f', '\u00e9', '\ud83d\ude00', '\ud83d']);
console.log([String.raw`\n`]);
