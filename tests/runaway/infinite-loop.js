// runaway: a loop that never ends; the step budget stops it.
// exit: 1
// stderr: step budget
let spins = 0;
for (;;) {
  spins++;
}
