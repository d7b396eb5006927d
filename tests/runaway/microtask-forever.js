// runaway: a microtask that always queues another, so the loop never
// reaches a timer; the step budget stops it.
// exit: 1
// stderr: step budget
let turns = 0;
function again() {
  turns++;
  queueMicrotask(again);
}
again();
