// find / findIndex return the first match (or undefined / -1)
const users = [{ id: 1, n: 'a' }, { id: 2, n: 'b' }, { id: 3, n: 'b' }];
console.log(users.find(u => u.n === 'b'), users.findIndex(u => u.n === 'b'));
console.log(users.find(u => u.id > 10), users.findIndex(u => u.id > 10));
console.log([1, , 3].find(x => x === undefined), [1, , 3].findIndex(x => x === undefined));
const visited = [];
[5, 6, 7].find((x, i, arr) => { visited.push(`${i}:${x}:${arr.length}`); return x === 6; });
console.log(visited);
