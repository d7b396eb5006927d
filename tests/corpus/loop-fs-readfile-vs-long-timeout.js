// A 100 ms timer is still in the oven when the file has been read.
const fs = require('fs');
const start = Date.now();
setTimeout(() => console.log('timeout 100 ms'), 100);
fs.readFile(__filename, () => {
  console.log('readFile done, under 100 ms:', Date.now() - start < 100);
  setImmediate(() => console.log('immediate from the I/O callback'));
});
