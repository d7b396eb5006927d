// Microtasks queued in a rAF callback run before the next callback of the same frame.
// @host browser
requestAnimationFrame(() => {
  console.log('raf 1');
  Promise.resolve().then(() => console.log('then from raf 1'));
  queueMicrotask(() => console.log('microtask from raf 1'));
});
requestAnimationFrame(() => {
  console.log('raf 2');
  (async () => {
    await null;
    console.log('await in raf 2');
  })();
});
requestAnimationFrame(() => console.log('raf 3'));
