// labeled break and continue on nested loops and blocks
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('pair', i, j);
  }
}
block: {
  console.log('in block');
  if (true) break block;
  console.log('never');
}
let found = null;
search: for (const row of [[1, 2], [3, 4], [5, 6]]) {
  for (const v of row) {
    if (v * v > 10) { found = v; break search; }
  }
}
console.log('found', found);
loop1: while (true) { do { break loop1; } while (true); }
console.log('escaped');
