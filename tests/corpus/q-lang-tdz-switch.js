// let declared in one switch case is in TDZ for other cases sharing the block
function f(x) {
  switch (x) {
    case 1:
      let msg = 'one';
      return msg;
    case 2:
      try {
        return msg;
      } catch (e) {
        return e.name + ': ' + e.message;
      }
    default:
      return typeof msg === 'undefined' ? 'no' : 'yes';
  }
}
console.log(f(1));
console.log(f(2));
try { console.log(f(3)); } catch (e) { console.log(e.name + ': ' + e.message); }
