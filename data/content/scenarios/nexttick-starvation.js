// @title nextTick can starve promises too
// @host node
// @note The whole nextTick queue, including ticks added while it is
// @note being drained, runs before the first promise callback.

Promise.resolve().then(() => console.log('promise'));

let n = 0;
function tick() {
  n++;
  if (n < 5) process.nextTick(tick);
  console.log('nextTick', n);
}
process.nextTick(tick);
