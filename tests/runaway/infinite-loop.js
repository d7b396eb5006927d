// runaway: a loop that never ends; the step budget stops it, or the
// wall-time budget first on a slow or loaded machine.
// exit: 1
// stderr: step budget|wall-time budget
let spins = 0;
for (;;) {
  spins++;
}
