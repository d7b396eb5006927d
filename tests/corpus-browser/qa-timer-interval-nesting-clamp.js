// setInterval(0) is clamped to 4 ms after a few repetitions: a 3 ms timer set then runs first.
// @host browser
let ticks = 0;
const id = setInterval(() => {
  ticks++;
  if (ticks === 8) {
    clearInterval(id);
    console.log('interval stopped after', ticks);
    return;
  }
  if (ticks === 6) {
    setTimeout(() => console.log('3 ms timer set in tick 6'), 3);
  }
  console.log('tick', ticks);
}, 0);
