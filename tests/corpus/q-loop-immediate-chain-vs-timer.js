// a chain of immediates keeps yielding to a far-later timer only once its time comes
let n = 0;
function spin() { if (++n <= 3) { console.log('immediate', n); setImmediate(spin); } }
setTimeout(() => {
  setImmediate(spin);
  setTimeout(() => console.log('timer after immediates'), 200);
}, 0);
