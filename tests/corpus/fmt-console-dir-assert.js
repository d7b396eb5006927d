// console.dir prints like console.log (ignoring format strings); console.assert prints only on failure (to stderr)
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir('%s not a format');
console.assert(true, 'never shown');
console.assert(false, 'shown on stderr');
console.dir([1, 'x'], { depth: 0 });
console.log('end');
