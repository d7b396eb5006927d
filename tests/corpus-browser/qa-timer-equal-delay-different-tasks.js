// Two 100 ms timers: the one created first is due first, even if created in a later timer.
// @host browser
setTimeout(() => {
  console.log('task at 0: creating timer B (100 ms)');
  setTimeout(() => console.log('B fires'), 100);
}, 0);
setTimeout(() => console.log('A fires'), 100);
setTimeout(() => {
  console.log('task at 60: creating timer C (50 ms)');
  setTimeout(() => console.log('C fires'), 50);
}, 60);
setTimeout(() => console.log('D fires (created at start, 200 ms)'), 200);
