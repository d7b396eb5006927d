// a synchronous busy-wait delays timers; they run only after the script finishes
const start = Date.now();
setTimeout(() => console.log('timer ran, waited at least 50ms:', Date.now() - start >= 50), 0);
Promise.resolve().then(() => console.log('promise still first'));
while (Date.now() - start < 60) {}
console.log('busy wait finished');
