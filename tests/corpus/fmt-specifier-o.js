// %o and %O format objects (only simple cases where %o adds no hidden detail)
console.log('%O', { a: 1, b: { c: 'd' } });
console.log('%o', { a: 1 });
console.log('%o', 'str');
console.log('%O', [1, 2]);
console.log('%O', { deep: { er: { than: { four: { levels: 1 } } } } });
console.log('%o', 42);
