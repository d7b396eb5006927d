// deeply nested Maps and Sets collapse to [Map] / [Set] / [Object]
console.log(new Map([['outer', new Map([['inner', new Map([['deep', new Map()]])]])]]));
console.log(new Set([new Set([new Set([new Set([1])])])]));
console.log({ a: { b: new Map([['c', { d: 1 }]]) } });
console.log([new Map([[{ k: { deep: 1 } }, new Set([[1, [2]]])]])]);
console.log(new Map([[new Map([[1, 2]]), new Set([new Set()])]]));
