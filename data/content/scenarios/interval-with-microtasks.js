// @title setInterval and the tray
// @host node
// @note Every interval tick is a macrotask, with the microtask queue
// @note drained after each tick.

let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick', n);
  Promise.resolve().then(() => console.log('  microtask after tick', n));
  if (n === 3) clearInterval(id);
}, 10);
