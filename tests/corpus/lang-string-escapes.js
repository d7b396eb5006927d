// string escape sequences and string length
console.log('tab:\t|', 'quote:\' "', "dq:\" '", 'backslash:\\');
console.log('a\nb');
console.log('\x41\u0042\u{43}', 'line\
continuation');
console.log('null char'.length, '\0'.length, 'a\0b'.length);
console.log(JSON.stringify('\b\f\n\r\t\v\u0001'));
