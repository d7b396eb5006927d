// @host browser
// Idle periods come after a frame's rendering, not while a frame is awaited.
setTimeout(() => {
  requestAnimationFrame(() => {
    console.log('frame 1');
    requestIdleCallback(() => console.log('idle requested in frame 1'));
    Promise.resolve().then(() => console.log('microtask in frame 1'));
  });
  requestIdleCallback(() => {
    console.log('idle requested before the frame');
    requestAnimationFrame(() => console.log('frame 2'));
  });
}, 200);
