// slice copies a range; splice removes/inserts in place and returns removed items
const a = [0, 1, 2, 3, 4, 5];
console.log(a.slice(2), a.slice(1, 3), a.slice(-2), a.slice(-4, -1), a.slice(4, 1), a.slice());
const b = [...a];
console.log(b.splice(1, 2), b);
console.log(b.splice(1, 0, 'x', 'y'), b);
console.log(b.splice(-2), b);
console.log(b.splice(1, 1, 'replaced'), b);
console.log(b.splice(2), b);
const c = [1, 2, 3];
console.log(c.splice(), c.splice(undefined), c);
