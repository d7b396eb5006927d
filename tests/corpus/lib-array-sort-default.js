// default sort converts to strings and compares UTF-16 code units; undefined goes last
console.log([10, 9, 1, 100, 25].sort());
console.log(['b', 'a', 'C', 'B', 'c'].sort());
console.log([3, undefined, 1, null, 2].sort());
console.log([true, false, 'false', 'true'].sort());
console.log(['é', 'e', 'z', 'E'].sort());
const a = [3, 1, 2];
console.log(a.sort() === a, a);
console.log([, 'b', , 'a'].sort());
