// String.raw keeps escapes unprocessed
console.log(String.raw`a\nb\t${1 + 1}c`);
console.log(String.raw`C:\new\table`);
console.log(String.raw`\u0041`.length);
console.log(String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3));
console.log(String.raw({ raw: 'abc' }, '-', '+'));
console.log(`\u0041\x42\u{43}`);
