// An async loop that awaits frames: each iteration is one frame; a 0 ms timer set in a frame runs before the next.
// @host browser
const nextFrame = () => new Promise(requestAnimationFrame);
(async () => {
  for (let i = 1; i <= 3; i++) {
    await nextFrame();
    console.log('frame', i);
    setTimeout(() => console.log('timer from frame', i), 0);
  }
  console.log('loop done');
})();
console.log('sync end');
