// switch(true) pattern and case expressions evaluated in order
function size(n) {
  switch (true) {
    case n < 10: return 'small';
    case n < 100: return 'medium';
    default: return 'large';
  }
}
console.log(size(5), size(50), size(500));
const log = [];
const c = v => (log.push(v), v);
switch (3) {
  case c(1):
  case c(2):
  case c(3):
  case c(4):
    log.push('matched');
}
console.log(log);
switch (NaN) { case NaN: console.log('never'); break; default: console.log('NaN matches nothing'); }
