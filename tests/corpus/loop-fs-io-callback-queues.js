// Inside an I/O callback: the callback finishes, then nextTicks, then
// promise jobs; the check phase's immediates; the next loop turn's timers.
const fs = require('fs');
fs.stat(__filename, (err, stats) => {
  console.log('stat callback, isFile:', stats.isFile());
  setTimeout(() => console.log('5: setTimeout 0'), 0);
  setImmediate(() => {
    console.log('4: setImmediate');
    process.nextTick(() => console.log('4a: nextTick inside immediate'));
  });
  queueMicrotask(() => console.log('3: queueMicrotask'));
  Promise.resolve().then(() => console.log('2: promise'));
  process.nextTick(() => console.log('1: nextTick'));
  console.log('0: callback body ends');
});
