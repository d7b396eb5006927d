// %s on objects, arrays, classes, null-prototype objects, errors and functions
class Foo { constructor() { this.a = 1; } }
console.log('%s|%s|%s', new Foo(), [1, [2, 3]], Object.create(null));
console.log('%s|%s', function named() {}, () => {});
console.log('%s|%s|%s', null, undefined, true);
console.log('%s|%s', new Map([[1, 2]]), new Set([1]));
console.log('%s|%s', 1.50, -0);
console.log('%s', { toString() { return 'custom toString'; } });
console.log('%s', new Date(0));
console.log('%s', [{ a: 1 }, 'str']);
