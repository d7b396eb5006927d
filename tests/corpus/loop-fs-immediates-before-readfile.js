// A readFile needs four loop turns (open, fstat, read, close): three
// chained immediates all run first.
const fs = require('fs');
fs.readFile(__filename, () => console.log('readFile done'));
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => {
    console.log('immediate 2');
    setImmediate(() => console.log('immediate 3'));
  });
});
