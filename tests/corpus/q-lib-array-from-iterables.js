// Array.from on iterables, array-likes and with mapping; Array.of; keys/entries iterators
console.log(Array.from(new Map([['a', 1]])), Array.from('𝒳y'), Array.from({ length: 2, 0: 'x' }));
console.log(Array.from([1, 2, 3], function (x) { return x * this.k; }, { k: 10 }));
function* g() { yield* [1, 2]; }
console.log(Array.from(g()), Array.of(7), Array.of(1, 2, 3), Array.from(new Set([1, 1, 2]).entries()));
console.log([...['a', 'b'].keys()], [...['a', 'b'].entries()], [...[, 'x'].keys()]);
const it = [1, 2, 3][Symbol.iterator]();
it.next();
console.log([...it], [...it]);
