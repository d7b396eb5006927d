// runaway: a loop that keeps everything it allocates; the heap budget
// (or the step or wall-time budget, whichever comes first) stops it.
// exit: 1
// stderr: heap budget|step budget|wall-time budget
const kept = [];
for (;;) {
  kept.push({ index: kept.length, payload: [1, 2, 3] });
}
