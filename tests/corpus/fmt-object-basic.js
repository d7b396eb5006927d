// objects print as { key: value } with identifier keys unquoted
console.log({ a: 1, b: 'two', c: true, d: null, e: undefined });
console.log({});
console.log({ 'b-c': 2, 'valid_id': 1, '1': 'num', 'has space': 3, 'ünï': 4 });
console.log({ nested: { inner: { x: 1 } } });
console.log({ arr: [1, 2], obj: {} });
