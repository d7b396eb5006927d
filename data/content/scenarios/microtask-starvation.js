// @title Microtask starvation
// @host node
// @note A microtask that keeps queueing microtasks holds the baker at
// @note the tray: the timer waits until the chain stops by itself.

setTimeout(() => console.log('timer finally runs'), 0);

let count = 0;
function again() {
  count++;
  if (count < 10000) queueMicrotask(again);
  else console.log('microtasks run:', count);
}
queueMicrotask(again);
console.log('scheduled');
