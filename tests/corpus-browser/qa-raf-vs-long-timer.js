// Five chained frames finish well before a 300 ms timer.
// @host browser
setTimeout(() => console.log('300 ms timer'), 300);
let frames = 0;
function frame() {
  frames++;
  if (frames < 5) requestAnimationFrame(frame);
  else console.log('5 frames done');
}
requestAnimationFrame(frame);
