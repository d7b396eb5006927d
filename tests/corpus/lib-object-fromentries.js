// Object.fromEntries from arrays, maps and generators; round trip with entries
console.log(Object.fromEntries([['a', 1], ['b', 2]]));
console.log(Object.fromEntries(new Map([['x', 'y'], [1, 'one']])));
function* gen() { yield ['g', 1]; yield ['h', 2]; }
console.log(Object.fromEntries(gen()));
const prices = { apple: 1, pear: 2 };
const doubled = Object.fromEntries(Object.entries(prices).map(([k, v]) => [k, v * 2]));
console.log(doubled);
console.log(Object.fromEntries([['dup', 1], ['dup', 2]]));
console.log(Object.fromEntries([]));
