// Each I/O callback runs in the poll phase, so the check phase (setImmediate)
// comes before the next timers phase (setTimeout 0) — every time.
const fs = require('fs');
let round = 0;
function onRead(err, data) {
  round++;
  console.log(`round ${round}: read ${data.length > 0 ? 'some' : 'no'} bytes`);
  setTimeout(() => {
    console.log(`round ${round}: timeout`);
    if (round < 3) fs.readFile(__filename, onRead);
  }, 0);
  setImmediate(() => console.log(`round ${round}: immediate`));
}
fs.readFile(__filename, onRead);
