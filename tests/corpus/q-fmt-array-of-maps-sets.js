// arrays of maps and sets, and a map from string to array of objects
console.log([new Map([['a', 1]]), new Set(['x', 'y']), new Map()]);
const groups = new Map([
  ['admins', [{ name: 'ann', since: 2019 }, { name: 'bo', since: 2021 }]],
  ['guests', []],
]);
console.log(groups);
console.log({ groups });
const big = new Set(Array.from({ length: 30 }, (_, i) => i));
console.log(big);
console.log(new Map(Array.from({ length: 5 }, (_, i) => ['key' + i, { index: i, square: i * i }])));
