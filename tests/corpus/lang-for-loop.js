// for loops: multiple variables, empty parts, continue and break
for (let i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);
let n = 0;
for (;;) {
  if (++n > 3) break;
}
console.log(n);
const out = [];
for (let i = 0; i < 10; i++) {
  if (i % 3 === 0) continue;
  out.push(i);
}
console.log(out.join(','));
let k = 0;
for (; k < 3; ) k++;
console.log(k);
