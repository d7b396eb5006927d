// labeled continue and break across nested loops and blocks
const out = [];
outer: for (let i = 0; i < 4; i++) {
  inner: for (let j = 0; j < 4; j++) {
    if (j === i) continue outer;
    if (i + j > 4) break outer;
    out.push(`${i}${j}`);
  }
}
console.log(out.join(' '));
block: {
  console.log('in block');
  if (out.length) break block;
  console.log('never');
}
let k = 0;
loop: while (true) {
  do { k++; if (k % 3 === 0) continue loop; if (k > 7) break loop; } while (k % 2);
  console.log('k', k);
}
console.log('end', k);
