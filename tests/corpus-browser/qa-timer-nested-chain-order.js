// Timers set by timers: a nested 0 ms timer runs after siblings already due.
// @host browser
setTimeout(() => {
  console.log('outer 1');
  setTimeout(() => console.log('inner of outer 1'), 0);
}, 0);
setTimeout(() => {
  console.log('outer 2');
  setTimeout(() => console.log('inner of outer 2'), 0);
}, 0);
setTimeout(() => console.log('outer 3 (60 ms)'), 60);
