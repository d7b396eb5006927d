// runaway: an interval that is never cleared; the wall-time budget stops it
// (86,400,000 ms of virtual time, the time budget, take longer than that).
// exit: 1
// stderr: time budget|step budget|wall-time budget
let ticks = 0;
setInterval(() => {
  ticks++;
}, 10);
