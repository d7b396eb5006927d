// a recursive nextTick chain runs entirely before promises and timers
setTimeout(() => console.log('timer'), 0);
Promise.resolve().then(() => console.log('promise'));
let n = 0;
function again() {
  if (++n < 1000) process.nextTick(again);
  else console.log('nextTick chain ended at', n);
}
process.nextTick(again);
