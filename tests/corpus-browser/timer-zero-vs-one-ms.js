// Chromium does not clamp 0 ms to 1 ms: a 0 ms timer beats an earlier 1 ms one.
// @host browser
setTimeout(() => console.log('1 ms timer (created first)'), 1);
setTimeout(() => console.log('0 ms timer (created second)'), 0);
setTimeout(() => {
  setTimeout(() => console.log('again: 1 ms timer (created first)'), 1);
  setTimeout(() => console.log('again: 0 ms timer (created second)'), 0);
  const start = performance.now();
  while (performance.now() - start < 10) {
    // both are due when this callback returns; the 0 ms one is still first
  }
}, 100);
