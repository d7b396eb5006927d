// A throwing rAF callback is reported; the other callbacks of the frame still run.
// @host browser
requestAnimationFrame(() => {
  console.log('raf 1 throws');
  Promise.resolve().then(() => console.log('microtask of raf 1'));
  throw new Error('frame boom');
});
requestAnimationFrame(() => console.log('raf 2 runs'));
