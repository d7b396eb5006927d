// Each timer callback is a task: its microtasks run before the next timer.
// @host browser
for (const name of ['A', 'B', 'C']) {
  setTimeout(() => {
    console.log('timer', name);
    Promise.resolve().then(() => console.log('  microtask of', name));
    queueMicrotask(() => console.log('  queueMicrotask of', name));
  }, 0);
}
console.log('scheduled 3 timers');
