// Microtasks run after each rAF callback, before the next callback of the frame.
// @host browser
for (const name of ['A', 'B', 'C']) {
  requestAnimationFrame(() => {
    console.log('rAF', name);
    Promise.resolve().then(() => console.log('  microtask of', name));
  });
}
