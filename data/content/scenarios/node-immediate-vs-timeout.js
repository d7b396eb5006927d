// @title setImmediate against setTimeout inside a callback
// @host node
// @note From inside a timer callback the check phase comes before the
// @note next timers phase, so the immediate always wins there.
// @note (From the main script the order is not guaranteed.)

setTimeout(() => {
  console.log('in a timer');
  setTimeout(() => console.log('setTimeout 0'), 0);
  setImmediate(() => console.log('setImmediate'));
  process.nextTick(() => console.log('nextTick'));
}, 0);
