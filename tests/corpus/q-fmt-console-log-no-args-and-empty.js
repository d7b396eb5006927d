// console.log with no arguments, empty strings, and multiple empty values
console.log();
console.log('');
console.log('', '');
console.log('a', '', 'b');
console.log(undefined, null);
console.log([''], { '': '' }, [[]], [{}], {} + '');
process.stdout.write('written without newline');
process.stdout.write(' | same line\n');
console.log('%s', '');
