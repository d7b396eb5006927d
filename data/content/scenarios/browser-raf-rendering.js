// @title requestAnimationFrame and rendering
// @host browser
// @note rAF callbacks run in the rendering step, before paint, after
// @note the microtasks; a timer may run before or after the frame.

requestAnimationFrame(() => {
  console.log('animation frame');
  Promise.resolve().then(() => console.log('promise inside the frame'));
});

setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
console.log('sync end');
