// @title requestAnimationFrame and rendering
// @host browser
// @note rAF callbacks run in the rendering step, just before paint;
// @note microtasks run after each callback, and a timer set inside a
// @note frame runs before the next frame.

requestAnimationFrame(() => {
  console.log('frame 1');
  Promise.resolve().then(() => console.log('  promise inside frame 1'));
  setTimeout(() => console.log('  timer set in frame 1'), 0);
  requestAnimationFrame(() => console.log('frame 2'));
});

setTimeout(() => console.log('timer at 300 ms'), 300);
Promise.resolve().then(() => console.log('promise'));
console.log('sync end');
