// The Node guide's example: inside an I/O callback an immediate always runs
// before a 0 ms timeout, and nextTick before both.
const fs = require('fs');
fs.readFile(__filename, (err, data) => {
  console.log('read callback, error:', err, 'is buffer:', Buffer.isBuffer(data));
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('microtask'));
});
fs.readFile('no-such-file.txt', 'utf8', (err) => console.log(err.code, err.syscall, err.errno));
console.log('sync');
