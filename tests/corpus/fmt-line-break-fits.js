// an object whose single-line form just fits stays on one line
console.log({ a: 'y'.repeat(44), b: 'zzzzz', c: 1 });
console.log(['x'.repeat(59), 'yy']);
console.log({ o: { k: 'x'.repeat(49), j: 1 } });
console.log({ key1: 'value number one', key2: 'value number two', key3: 'value 3' });
