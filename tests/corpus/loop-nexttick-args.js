// process.nextTick passes extra arguments
process.nextTick((a, b) => console.log('nextTick args', a, b), 'x', 'y');
process.nextTick(console.log, 'direct', 1, 2);
console.log('sync');
process.nextTick(() => console.log('nextTick without args'));
setTimeout(() => process.nextTick((...a) => console.log('from timer', a), 1, 2, 3), 0);
