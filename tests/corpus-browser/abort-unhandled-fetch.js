// An aborted fetch nobody catches is an unhandled rejection; the page keeps running.
// @host browser
// @fetch /slow 300ms 200 slow
const controller = new AbortController();
fetch('/slow', { signal: controller.signal });
setTimeout(() => controller.abort(), 100);
setTimeout(() => console.log('still running at 250 ms'), 250);
