// default sort converts to strings; undefined goes last, holes after
console.log([3, 20, 100, 1].sort(), [-1, -2, 3, 0, -0].sort());
console.log(['b', undefined, 'a', null, 'c', NaN].sort());
console.log([true, false, 'true', 1, '1'].sort());
console.log([[2, 1], [1, 2], [1, 10], [1, 9]].sort());
console.log([{ toString() { return 'b'; } }, { toString() { return 'a'; } }].sort().map(String));
const withHoles = [3, , 1, undefined, 2];
withHoles.sort();
console.log(withHoles, 1 in withHoles, 3 in withHoles, 4 in withHoles);
try { [1, 2].sort('not a function'); } catch (e) { console.log(e.name + ': ' + e.message); }
