// Map formatting
console.log(new Map());
console.log(new Map([['a', 1], ['b', 2]]));
console.log(new Map([[1, { x: 1 }], [{ k: 'obj' }, [1, 2]]]));
console.log(new Map([[NaN, null], [undefined, 'u']]));
console.log({ m: new Map([['k', 'v']]) });
