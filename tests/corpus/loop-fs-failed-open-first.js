// A readFile whose open fails ends after one round trip; a successful one
// needs four (open, fstat, read, close), so the failure is reported first.
const fs = require('fs');
fs.readFile(__filename, 'utf8', (err, text) => console.log('read this script:', err, text.length > 0));
fs.readFile('./no-such-file.txt', (err, data) => console.log('missing file:', err.code, data));
console.log('both requested');
