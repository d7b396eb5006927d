// JSON.stringify of primitives, arrays, objects and nested values
console.log(JSON.stringify(1), JSON.stringify('s'), JSON.stringify(true), JSON.stringify(null));
console.log(JSON.stringify([1, 'a', null, [2, [3]]]));
console.log(JSON.stringify({ a: 1, b: { c: [1, { d: 'e' }] } }));
console.log(JSON.stringify('quote " backslash \\ newline \n tab \t'));
console.log(JSON.stringify({ 'key with space': 1, 2: 'two' }));
console.log(JSON.stringify([]), JSON.stringify({}), JSON.stringify([[]]));
console.log(JSON.stringify('\u2028\u2029'), JSON.stringify('😀'), JSON.stringify('\ud800'));
