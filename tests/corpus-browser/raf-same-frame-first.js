// rAF callbacks requested before a frame all run before those requested during it.
// @host browser
requestAnimationFrame(() => {
  console.log('frame 1: A');
  requestAnimationFrame(() => console.log('frame 2: C (requested by A)'));
});
requestAnimationFrame(() => {
  console.log('frame 1: B');
  requestAnimationFrame(() => console.log('frame 2: D (requested by B)'));
});
