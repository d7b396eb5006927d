// setInterval repeats until its callback clears it.
// @host browser
let ticks = 0;
const id = setInterval(() => {
  ticks++;
  console.log('tick', ticks);
  if (ticks === 4) {
    clearInterval(id);
    console.log('interval cleared');
    setTimeout(() => console.log('after the interval: ticks =', ticks), 100);
  }
}, 50);
