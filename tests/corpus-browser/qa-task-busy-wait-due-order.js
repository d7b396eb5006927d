// After a busy block, timers that are all due run in due-time order, not creation order.
// @host browser
setTimeout(() => console.log('timer 30 ms'), 30);
setTimeout(() => console.log('timer 10 ms'), 10);
setTimeout(() => console.log('timer 20 ms'), 20);
setTimeout(() => console.log('timer 0 ms'), 0);
const start = performance.now();
while (performance.now() - start < 80) {}
Promise.resolve().then(() => console.log('microtask after busy block'));
console.log('busy block over');
