outer: for (let i = 0; i < 3; i++) {
  inner: for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('pair', i, j);
  }
}
block: { console.log('in block'); if (true) break block; console.log('never'); }
function grade(score) {
  const out = [];
  switch (true) {
    case score >= 90: out.push('A');
    case score >= 80: out.push('B'); break;
    default: out.push('F');
    case score >= 70: out.push('C');
  }
  return out.join('');
}
console.log(grade(95), grade(85), grade(75), grade(10));
function sw(x) {
  switch (x) { case '1': return 'string one'; case 1: return 'number one'; case NaN: return 'nan'; default: return 'default'; case undefined: return 'undef'; }
}
console.log(sw(1), sw('1'), sw(NaN), sw(), sw(null));
let i = 0;
loop: do { i++; switch (i) { case 2: continue loop; case 4: break loop; } console.log('do', i); } while (i < 10);
const evals = [];
switch (evals.push('disc'), 3) { case (evals.push('c1'), 1): break; case (evals.push('c3'), 3): evals.push('body3'); case (evals.push('c4'), 4): evals.push('body4'); }
console.log(evals);
lbl: try { break lbl; } finally { console.log('finally runs on break'); }
function fin() { for (const v of [1, 2]) { try { return v; } finally { if (v === 1) continue; } } return 'after'; }
console.log(fin());
