// An error in one rAF callback is reported; the frame's other callbacks still run.
// @host browser
requestAnimationFrame(() => console.log('first callback'));
requestAnimationFrame(() => {
  throw new Error('thrown in rAF');
});
requestAnimationFrame(() => console.log('third callback still runs'));
