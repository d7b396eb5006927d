// per-iteration let bindings captured by closures, including updates in the loop body
const fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(() => i);
  i++;
}
console.log(fns.map(f => f()));
const vars = [];
for (var j = 0; j < 3; j++) vars.push(() => j);
console.log(vars.map(f => f()));
const forOf = [];
for (const x of ['a', 'b']) forOf.push(() => x);
console.log(forOf.map(f => f()));
const forIn = [];
for (const k in { p: 1, q: 2 }) forIn.push(() => k);
console.log(forIn.map(f => f()));
