// Microtasks queued by microtasks still run before the next task (a timer).
// @host browser
setTimeout(() => console.log('timer'), 0);
let n = 0;
function again() {
  n++;
  console.log('microtask', n);
  if (n < 5) queueMicrotask(again);
}
queueMicrotask(again);
console.log('sync done');
