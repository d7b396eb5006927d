process.on('uncaughtException', (err, origin) => {
  console.log('caught globally:', err.message, origin);
});
setTimeout(() => { throw new Error('from timer'); }, 0);
setImmediate(() => {
  setTimeout(() => console.log('a timer set before the throw still runs'), 0);
  throw new Error('from immediate');
});
process.nextTick(() => { throw new Error('from nextTick'); });
Promise.reject(new Error('rejection becomes exception'));
process.on('exit', c => console.log('exit code', c));
console.log('sync end');
