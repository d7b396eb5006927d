// large Maps and Sets break onto lines
console.log(new Map(Array.from({ length: 8 }, (_, i) => ['key' + i, 'value' + i])));
console.log(new Set(Array.from({ length: 30 }, (_, i) => i)));
console.log(new Map([['a', 'x'.repeat(30)], ['b', 'y'.repeat(30)]]));
console.log(new Set(['short', 'values', 'fit']));
