const t0 = Date.now();
setTimeout(() => console.log('t100'), 100);
setTimeout(() => console.log('t50'), 50);
setTimeout(() => console.log('t0'), 0);
setTimeout(() => console.log('t1'), 1);
setTimeout(() => console.log('tneg'), -5);
setTimeout(() => console.log('tstr'), '20');
setTimeout(() => console.log('tNaN'), NaN);
setTimeout((a, b) => console.log('args', a, b), 10, 'A', 'B');
const cancel = setTimeout(() => console.log('cancelled'), 5);
clearTimeout(cancel);
let n = 0;
const iv = setInterval(() => { n++; console.log('interval', n); if (n === 3) clearInterval(iv); }, 35);
setTimeout(() => {
  console.log('t60');
  setTimeout(() => console.log('nested 0 from t60'), 0);
  setImmediate(() => console.log('immediate from t60'));
  process.nextTick(() => console.log('tick from t60'));
}, 60);
const t = setTimeout(() => {}, 1);
console.log(typeof t, typeof t.ref, typeof t.unref, t.hasRef(), typeof t[Symbol.toPrimitive]);

const im = setImmediate(() => console.log('cleared immediate'));
clearImmediate(im);
