// callback arguments and thisArg for every, some, map, forEach, filter and reduce
const arr = ['a', 'b'];
arr.forEach(function (v, i, a) { console.log('forEach', v, i, a === arr, this.tag); }, { tag: 'T' });
console.log(arr.map((v, i, a) => `${v}${i}${a.length}`));
console.log(arr.reduce((acc, v, i, a) => acc + `[${acc.length}${v}${i}${a.length}]`, ''));
console.log(arr.some((v, i) => i === 1), arr.every(function () { return this === undefined; }));
console.log([3, 4].map(String), ['1', '2', '3'].map(Number), ['a', 'b'].map(String.prototype.toUpperCase.call, String.prototype.toUpperCase));
console.log([1, 2, 3].filter((v, i, a) => a.indexOf(v) === i && v !== 2));
