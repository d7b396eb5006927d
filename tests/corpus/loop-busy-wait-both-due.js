// when several timers are already due, the one with the earliest due time runs first
setTimeout(() => console.log('delay 100'), 100);
setTimeout(() => console.log('delay 20'), 20);
const t = Date.now();
while (Date.now() - t < 150) {}
setTimeout(() => console.log('delay 0 created after the busy wait'), 0);
console.log('sync done');
