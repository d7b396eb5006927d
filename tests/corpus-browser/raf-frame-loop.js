// A rAF loop runs once per frame until it stops asking.
// @host browser
let frame = 0;
function tick() {
  frame++;
  console.log('frame', frame);
  if (frame < 5) {
    requestAnimationFrame(tick);
  } else {
    setTimeout(() => console.log('loop done'), 0);
  }
}
requestAnimationFrame(tick);
