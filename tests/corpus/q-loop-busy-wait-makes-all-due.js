// after a long busy-wait all timers are due; they run in due-time order, microtasks between
setTimeout(() => { console.log('t30'); Promise.resolve().then(() => console.log('micro after t30')); }, 30);
setTimeout(() => { console.log('t10'); process.nextTick(() => console.log('tick after t10')); }, 10);
setTimeout(() => console.log('t20'), 20);
const start = Date.now();
while (Date.now() - start < 100) {}
console.log('busy done');
