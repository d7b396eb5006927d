// switch uses ===, falls through without break, default can be anywhere
function describe(x) {
  const out = [];
  switch (x) {
    case 1:
      out.push('one');
    case 2:
      out.push('two');
      break;
    default:
      out.push('default');
    case 3:
      out.push('three');
      break;
    case '1':
      out.push('string one');
  }
  return out.join(',');
}
console.log(describe(1));
console.log(describe(2));
console.log(describe(3));
console.log(describe('1'));
console.log(describe(99));
