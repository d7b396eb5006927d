const fns = [];
for (var i = 0; i < 3; i++) fns.push(() => i);
for (let j = 0; j < 3; j++) fns.push(() => j);
for (let k = 0; k < 3; k++) { fns.push(() => k); k++; }
const obj = { a: 1, b: 2 };
for (const key in obj) fns.push(() => key);
for (const v of [7, 8]) fns.push(() => v);
console.log(fns.map(f => f()));
let x = 0;
const closures = [];
while (x < 3) { let y = x; closures.push(function () { return y * 10 + x; }); x++; }
console.log(closures.map(f => f()));
for (let i = 0, get = () => i; i < 2; i++) console.log("i", i, get());
const counters = Array.from({ length: 3 }, (_, n) => { let c = n; return () => ++c; });
console.log(counters.map(c => (c(), c())));
