const arr = [3, 1, 2];
console.log(arr.toSorted(), arr.toReversed(), arr.with(1, 'x'), arr.toSpliced(1, 1, 'a', 'b'), arr);
console.log(arr.at(-1), arr.at(5), arr.findLast(x => x < 3), arr.findLastIndex(x => x > 5));
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(Infinity), [[1], [2]].flatMap(x => [x, x]));
console.log(['a', 'b'].flatMap((x, i) => i ? [[x]] : x));
try { arr.with(10, 1); } catch (e) { console.log(e.name, e.message); }
console.log([, 1].toSorted(), [5, 1, 10].toSorted(), [5, 1, 10].toSorted((a, b) => a - b));
console.log(Array.prototype.toSorted.call({ length: 2, 0: 'b', 1: 'a' }));
console.log(Object.groupBy ? 'has groupBy' : 'no groupBy', typeof Array.prototype.group, typeof Array.fromAsync);
console.log([1, 2, 3].includes(NaN), [NaN].includes(NaN), [NaN].indexOf(NaN));
console.log(Array.from({ length: 3 }), Array.of(7), Array(3).fill().map((_, i) => i));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [0, 1, 2].entries().next());
