// indentation with numbers (clamped to 10) and strings
const v = { a: 1, b: [1, 2, { c: [] }], d: {} };
console.log(JSON.stringify(v, null, 2));
console.log(JSON.stringify(v, null, '--'));
console.log(JSON.stringify([1], null, 20) === JSON.stringify([1], null, 10));
console.log(JSON.stringify({ a: [] }, null, 0), JSON.stringify({ a: 1 }, null, ''));
console.log(JSON.stringify({ k: 'v' }, null, 'abcdefghijklmnop'));
