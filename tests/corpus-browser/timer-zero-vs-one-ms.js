// Chromium does not clamp 0 ms to 1 ms: a 0 ms timer beats an earlier 1 ms one.
// @host browser
setTimeout(() => console.log('1 ms timer (created first)'), 1);
setTimeout(() => console.log('0 ms timer (created second)'), 0);
