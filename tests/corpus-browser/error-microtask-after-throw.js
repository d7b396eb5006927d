// A timer that throws still gets its queued microtasks run.
// @host browser
setTimeout(() => {
  Promise.resolve().then(() => console.log('microtask queued before the throw'));
  throw new TypeError('bad dough');
}, 0);
setTimeout(() => console.log('next timer'), 50);
