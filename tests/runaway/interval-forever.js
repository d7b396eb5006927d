// runaway: an interval that is never cleared; the virtual-time budget stops it.
// exit: 1
// stderr: time budget|step budget
let ticks = 0;
setInterval(() => {
  ticks++;
}, 10);
