// A timer created in a microtask still runs after timers created before it.
// @host browser
setTimeout(() => console.log('timer from script'), 0);
Promise.resolve().then(() => {
  console.log('microtask');
  setTimeout(() => console.log('timer from microtask'), 0);
  Promise.resolve().then(() => console.log('nested microtask'));
});
setTimeout(() => console.log('second timer from script'), 0);
