// an object whose single-line form is just too long breaks onto several lines
console.log({ a: 'y'.repeat(45), b: 'zzzzz', c: 1 });
console.log(['x'.repeat(60), 'yy']);
console.log({ o: { k: 'x'.repeat(50), j: 1 } });
console.log({ o: { k: 'x'.repeat(55), j: 1 } });
console.log({ key1: 'value number one', key2: 'value number two', key3: 'value 3x' });
