// format specifiers mixed with extra arguments and unusual values
console.log('%s is %d years and %i days, %f%%', 'Bob', 42.9, 3.7, 0.5);
console.log('%s', { a: { b: { c: 1 } } }, 'extra', 7);
console.log('%d %d %d %d', '12abc', null, {}, '0x10');
console.log('%i %f', -3.9, '1e3');
console.log('%j and %j', { a: [1, 2] }, 'str');
console.log('%o', [1, { a: 2 }]);
console.log('%O', { deep: { deeper: { deepest: { bottom: 1 } } } });
console.log('%s %s', 'only one');
console.log('%x %', 1, 2);
console.log('no specifiers', '%s', 5);
console.log('%s', Symbol('sy'), '%s', [1, [2, [3]]], -0, '%d', -0);
console.log('%c styled %c', 'color: red', 'font-weight: bold', 'after');
