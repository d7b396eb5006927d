console.log('top-level string with \'quotes\' and "double"');
console.log(['single \'q\'', "double \"q\"", `back\`tick`, 'both \' and "', 'all \' " `']);
console.log({ s: 'line1\nline2', t: 'tab\there', u: '\u0000\u001b\u007f', e: '' });
console.log(['\\backslash', 'é ü 中文 😀', '\ud83d']);
console.log('%s', 'a\nb', ['x\ny']);
console.log(new String('boxed'), [new String('in array')]);
console.log(['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20), 'd'.repeat(20)]);
console.log({ long: 'x'.repeat(100) });
