// A frame comes well before a 300 ms timer; a 0 ms timer set in a frame beats the next frame.
// @host browser
setTimeout(() => console.log('timeout 300'), 300);
requestAnimationFrame(() => {
  console.log('frame');
  setTimeout(() => {
    console.log('timeout from frame');
    requestAnimationFrame(() => console.log('frame after the timeout'));
  }, 0);
});
