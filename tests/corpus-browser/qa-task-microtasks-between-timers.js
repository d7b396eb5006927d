// Each timer is its own task: its microtasks run before the next timer with the same delay.
// @host browser
for (let i = 1; i <= 3; i++) {
  setTimeout(() => {
    console.log('timer', i);
    Promise.resolve().then(() => console.log('then of timer', i));
    queueMicrotask(() => console.log('microtask of timer', i));
  }, 10);
}
Promise.resolve().then(() => console.log('script microtask'));
