// Inside a frame: a 0 ms timer runs before the next frame's callbacks.
// @host browser
requestAnimationFrame(() => {
  console.log('frame 1');
  requestAnimationFrame(() => console.log('frame 2'));
  setTimeout(() => console.log('timeout from frame 1'), 0);
  Promise.resolve().then(() => console.log('microtask from frame 1'));
});
