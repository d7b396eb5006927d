// A 0 ms timer created in a microtask is queued after the script's own 0 ms timers.
// @host browser
setTimeout(() => console.log('script timer A'), 0);
Promise.resolve().then(() => {
  console.log('microtask');
  setTimeout(() => console.log('timer from microtask'), 0);
});
setTimeout(() => console.log('script timer B'), 0);
