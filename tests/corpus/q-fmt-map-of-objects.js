// Maps and Sets holding objects, and nested inside objects
const inventory = new Map([
  ['apples', { count: 5, price: 1.25, tags: ['fruit', 'red'] }],
  ['bread', { count: 1, price: 3, tags: [] }],
]);
console.log(inventory);
const byId = new Map([[1, { name: 'one' }], [2, { name: 'two', nested: new Map([['deep', new Set([1, 2])]]) }]]);
console.log(byId);
console.log({ cache: new Map([['k', [1, 2, 3]]]), seen: new Set(['a', { b: 1 }]) });
console.log(new Map([[{ key: 'obj' }, ['value']], [[1, 2], 'arr-key']]));
console.log(new Set([new Set([1]), new Map()]), new Map([[new Map(), new Set()]]));
