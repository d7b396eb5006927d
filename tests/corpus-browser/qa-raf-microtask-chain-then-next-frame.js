// Microtasks from one frame callback all run before the next callback; a rAF from a microtask waits a frame.
// @host browser
requestAnimationFrame(() => {
  console.log('A');
  Promise.resolve()
    .then(() => console.log('A then 1'))
    .then(() => {
      console.log('A then 2 requests a frame');
      requestAnimationFrame(() => console.log('C (next frame)'));
    });
});
requestAnimationFrame(() => console.log('B'));
