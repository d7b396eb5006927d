outer: for (let i = 0; i < 3; i++) {
  inner: for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('i', i, 'j', j);
  }
}
block: {
  console.log('in block');
  if (true) break block;
  console.log('never');
}
let n = 0;
loop: while (true) {
  do { n++; if (n > 5) break loop; } while (n % 2);
  console.log('n', n);
}
sw: switch (1) { case 1: for (;;) { break sw; } }
console.log('after switch');
const it = { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: i++, done: i > 5 }), return() { console.log('iterator closed'); return {}; } }; } };
out: for (const a of it) for (const b of it) { if (b === 1) continue out; if (a === 2) break out; console.log(a, b); }
