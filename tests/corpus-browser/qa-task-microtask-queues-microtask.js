// A microtask that queues microtasks keeps the timer waiting until the queue is empty.
// @host browser
setTimeout(() => console.log('timeout'), 0);
let n = 0;
function again() {
  n++;
  if (n <= 5) {
    console.log('microtask', n);
    queueMicrotask(again);
  }
}
queueMicrotask(again);
Promise.resolve().then(() => console.log('then runs between'));
