// destructuring: defaults are evaluated lazily and left to right; getters run once
const log = [];
const src = { get a() { log.push('get a'); return undefined; }, get b() { log.push('get b'); return 2; } };
const { a = (log.push('default a'), 1), b = (log.push('default b'), 0), c = a + b } = src;
console.log(a, b, c, log.join(', '));
const [x = 1, y = x * 2, z = y + 1] = [undefined, undefined, null];
console.log(x, y, z);
const { length, 0: first, [length - 1]: last } = 'hello';
console.log(length, first, last);
const { p: { q = 'deep default' } = {} } = {};
console.log(q);
let m, n;
({ m, n = m } = { m: 'M' });
console.log(m, n);
function f({ a, b } = { a: 'whole default' }, [c] = ['arr default']) { return [a, b, c]; }
console.log(f(), f({ b: 1 }, []));
