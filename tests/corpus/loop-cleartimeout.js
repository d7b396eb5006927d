// clearTimeout cancels a pending timer; clearing twice or clearing junk is harmless
const t1 = setTimeout(() => console.log('never 1'), 5);
const t2 = setTimeout(() => console.log('kept'), 5);
clearTimeout(t1);
clearTimeout(t1);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout(12345);
clearTimeout({});
console.log(typeof t2, t2 === t1);
