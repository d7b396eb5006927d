// A Buffer shows its own non-index properties after the bytes, and %s
// prints a Buffer with its own toString (Buffer is not one of the
// constructors util.format counts as built in).
const b = Object.assign(Buffer.from([1, 2]), { tag: 'x' });
console.log(b, [b], { b });
b[Symbol('s')] = { deep: { deeper: { deepest: 1 } } };
console.log(b);
console.log(Object.assign(Buffer.alloc(0), { a: 1 }));
console.log(require('util').inspect(Object.assign(Buffer.from('hi'), { n: [1, 2] }), { showHidden: true }));
console.log('%s|', Buffer.from('abc'), Buffer.from('xyz'));
console.log('%s', new URL('https://example.com/a?b=1'));
