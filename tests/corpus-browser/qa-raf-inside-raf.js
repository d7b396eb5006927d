// A rAF requested inside a rAF callback runs in the next frame, after this frame's other callbacks.
// @host browser
requestAnimationFrame(() => {
  console.log('A frame 1');
  requestAnimationFrame(() => console.log('C frame 2 (from A)'));
});
requestAnimationFrame(() => {
  console.log('B frame 1');
  requestAnimationFrame(() => {
    console.log('D frame 2 (from B)');
    requestAnimationFrame(() => console.log('E frame 3'));
  });
});
