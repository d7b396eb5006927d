// spread in array literals copies iterables (shallow)
const a = [1, 2];
const b = [0, ...a, 3, ...a];
console.log(b);
const copy = [...a];
copy.push(99);
console.log(a, copy);
console.log([...'héllo']);
console.log([...new Set([3, 1, 3, 2])]);
console.log([...new Map([['k', 'v']]).keys()]);
const nested = [[1], [2]];
const shallow = [...nested];
shallow[0].push('shared');
console.log(nested);
console.log([...[, 'hole']]);
function* g() { yield 'g1'; yield 'g2'; }
console.log([...g(), ...g()]);
