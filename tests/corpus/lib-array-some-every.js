// some / every short-circuit; vacuous truth on empty arrays
const a = [2, 4, 6, 7];
console.log(a.some(x => x % 2), a.every(x => x % 2 === 0), a.every(x => x > 0));
console.log([].some(() => true), [].every(() => false));
const seen = [];
a.some(x => { seen.push(x); return x > 3; });
console.log(seen);
const seen2 = [];
a.every(x => { seen2.push(x); return x < 4; });
console.log(seen2);
console.log([1, , 3].every(x => x !== undefined));
