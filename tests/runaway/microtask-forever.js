// runaway: a microtask that always queues another, so the loop never
// reaches a timer; the wall-time budget stops it (or the step budget).
// exit: 1
// stderr: step budget|wall-time budget
let turns = 0;
function again() {
  turns++;
  queueMicrotask(again);
}
again();
