// Strings printed as they are keep their NUL characters.
console.log('a', 'nul\0x');
console.log('%s|%s', 'b\0c', { toString() { return 'd\0e'; } });
console.log('%s and', 'f\0g', 'h\0i');
console.log(['nul\0x']);
