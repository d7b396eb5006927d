// switch uses strict equality, default in the middle, and fallthrough into default
function classify(x) {
  const out = [];
  switch (x) {
    case 1: out.push('one');
    default: out.push('default');
    case '2': out.push('str-two'); break;
    case NaN: out.push('nan'); break;
    case 3: out.push('three');
  }
  return out.join('>');
}
console.log([1, 2, '2', 3, NaN, 'x'].map(classify));
function weird(x) {
  switch (true) {
    case x < 0: return 'neg';
    case x === 0: return 'zero';
    case x > 100: return 'big';
  }
  return 'other';
}
console.log([-5, 0, 500, 50].map(weird));
let i = 0;
switch (i++) { case i: console.log('matched i'); break; case 0: console.log('matched 0', i); }
