// mixing specifiers with extra and missing arguments
console.log('%s has %d items costing %f (%j)', 'cart', 3, 9.99, { ok: true });
console.log('%s:%s', 'a');
console.log('%d', 1, 2, 3);
console.log('%s', 'a', { b: 1 }, [2]);
console.log(5, '%s', 'not a format because first arg is a number');
console.log('%o%O', 1, 2);
