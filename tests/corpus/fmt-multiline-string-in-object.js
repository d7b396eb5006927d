// strings containing newlines inside containers are escaped on one line
console.log({ text: 'line1\nline2\nline3' });
console.log(['a\nb', 'c\r\nd']);
console.log({ t: 'tab\tand\vvt\b\f' });
console.log(new Map([['k\n', 'v\n']]));
