// find/findLast/findIndex/findLastIndex, indexOf with fromIndex, includes vs indexOf
const xs = [5, 12, 8, 130, 44, 12];
console.log(xs.find(x => x > 10), xs.findLast(x => x > 10), xs.findIndex(x => x > 100), xs.findLastIndex(x => x < 0));
console.log(xs.indexOf(12, 2), xs.lastIndexOf(12, -2), xs.indexOf(12, -1), xs.indexOf(5, -100));
console.log([NaN].indexOf(NaN), [NaN].findIndex(Number.isNaN), [, 1].includes(undefined), [, 1].indexOf(undefined));
console.log(xs.at(-1), xs.at(10), xs.at(1.9), xs.at('-2'));
const visited = [];
[1, 2, 3].find((x, i, arr) => { visited.push(x); if (i === 0) arr.push(99); return false; });
console.log(visited);
