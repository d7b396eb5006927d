// %s formats strings raw, numbers plainly and objects with limited depth
console.log('%s is %s', 'sky', 'blue');
console.log('%s', 42, 'extra', 'args');
console.log('%s|%s|%s', null, undefined, true);
console.log('%s', [1, 'two', [3]]);
console.log('%s', { a: 1, b: 'str' });
console.log('%s %s', 'only one');
console.log('%s', Symbol('sym'), -0);
console.log('no specifiers', '%s');
