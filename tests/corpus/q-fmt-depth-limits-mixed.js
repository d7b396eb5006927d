// depth limit of 2 applied to arrays, maps and sets nested in objects
const o = { level1: { level2: { level3: { level4: 'deep' } }, arr: [[[['deep array']]]] } };
console.log(o);
console.log([[[[1]]]], [[[{ a: 1 }]]], { a: [{ b: [{ c: 'x' }] }] });
console.log({ m: new Map([['k', { deeper: { deepest: 1 } }]]) });
console.log({ s: { t: new Set([[1, [2, [3]]]]) } });
console.log([{ x: { y: new Map([[1, 2]]) } }]);
