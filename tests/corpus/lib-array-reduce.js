// reduce / reduceRight with and without initial value
const a = [1, 2, 3, 4];
console.log(a.reduce((acc, x) => acc + x), a.reduce((acc, x) => acc + x, 10));
console.log(a.reduceRight((acc, x) => acc + x, ''), a.reduce((acc, x) => acc + x, ''));
console.log([[1, 2], [3], [4, 5]].reduce((acc, x) => acc.concat(x), []));
console.log(['a', 'b', 'c'].reduce((acc, x, i) => ({ ...acc, [x]: i }), {}));
console.log([5].reduce((a, b) => a * b), [].reduce((a, b) => a + b, 'init'));
const trace = [];
[1, 2, 3].reduceRight((acc, x, i) => { trace.push(`${acc}+${x}@${i}`); return acc + x; });
console.log(trace);
const max = [3, 9, 4].reduce((m, x) => Math.max(m, x), -Infinity);
console.log(max);
