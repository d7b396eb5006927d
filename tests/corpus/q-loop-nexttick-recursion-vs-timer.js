// recursive nextTick runs to completion before any timer or immediate
let n = 0;
function again() { if (++n < 5) process.nextTick(again); else console.log('ticks done', n); }
setTimeout(() => console.log('timer'), 0);
process.nextTick(again);
Promise.resolve().then(() => console.log('promise after ticks, n =', n));
