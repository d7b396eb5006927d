// fs.promises.readFile and fs.readFile make the same round trips: the one
// started first finishes first, whichever API it uses.
const fs = require('fs');
const fsp = require('fs/promises');
fsp.readFile(__filename, 'utf8').then((text) => console.log('promise API first:', typeof text));
fs.readFile(__filename, (err, buf) => console.log('callback API second:', Buffer.isBuffer(buf)));
console.log('sync', fsp === fs.promises);
