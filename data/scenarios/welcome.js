// @title Promises before timers
// @host node
//
// Welcome to Loop Bakery! The baker, the
// JavaScript engine, first works through the
// whole script at the desk. Then every promise
// reaction, the pastries on the tray, and only
// then the first cake from the oven: the timer.
//
// Guess the order of the four lines, then
// run the scenario to check.

console.log('start');

setTimeout(() => {
  console.log('timeout');
}, 0);

Promise.resolve().then(() => {
  console.log('promise');
});

console.log('end');
