// readFile takes several thread-pool round trips (open, fstat, read, close),
// each completing in a later poll phase: the main script's microtasks and
// its immediate run long before the file's callback.
const fs = require('fs');
fs.readFile(__filename, 'utf8', (err, text) => {
  console.log('readFile callback:', err, typeof text, text.startsWith('// readFile'));
});
setImmediate(() => console.log('setImmediate'));
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
console.log('end of script');
