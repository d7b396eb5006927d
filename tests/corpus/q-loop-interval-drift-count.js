// an interval and a timeout with a coarse boundary count ticks before the stop
let ticks = 0;
const iv = setInterval(() => { ticks++; }, 50);
setTimeout(() => {
  clearInterval(iv);
  console.log('ticks between 3 and 5:', ticks >= 3 && ticks <= 5);
}, 225);
