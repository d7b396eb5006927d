// A timer set in a frame runs before the next frame; a frame requested later still comes.
// @host browser
setTimeout(() => {
  console.log('timer at 100');
  requestAnimationFrame(() => {
    console.log('frame after timer');
    setTimeout(() => console.log('0 ms timer from frame'), 0);
    requestAnimationFrame(() => console.log('next frame'));
    Promise.resolve().then(() => console.log('microtask from frame'));
  });
}, 100);
