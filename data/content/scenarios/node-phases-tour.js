// @title A tour of Node's phases
// @host node
// @note Timers, then check (setImmediate), then timers again; between
// @note every callback Node drains nextTick and then promise microtasks.

// Busy-waits make sure the timers are due when the loop looks at them.
const wait = (ms) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {}
};

setTimeout(() => {
  console.log('timers: A');
  process.nextTick(() => console.log('  nextTick after A'));
  Promise.resolve().then(() => console.log('  promise after A'));
  setImmediate(() => {
    console.log('check: C');
    setTimeout(() => console.log('timers: D'), 0);
    setImmediate(() => console.log('check: E'));
    wait(5);
  });
}, 0);

setTimeout(() => console.log('timers: B'), 0);
wait(5);
