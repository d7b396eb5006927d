process.on('uncaughtException', (err, origin) => {
  console.log('uncaught:', err.message, origin);
});
setTimeout(() => { throw new Error('from timer'); }, 0);
setTimeout(() => console.log('loop continues'), 50);
process.nextTick(() => { throw new Error('from tick'); });
Promise.resolve().then(() => console.log('micro still runs'));
setImmediate(() => console.log('immediate still runs'));
queueMicrotask(() => { throw new Error('from queueMicrotask'); });
console.log('sync');
throw new Error('from main');
