// The running script can read itself, as Buffer or as text.
const fs = require('node:fs');
const text = fs.readFileSync(__filename, 'utf8');
const buf = fs.readFileSync(__filename);
console.log(text.split('\n')[0]);
console.log(Buffer.isBuffer(buf), buf.length === Buffer.byteLength(text));
console.log(buf.toString('utf8', 0, 6), fs.readFileSync(__filename, 'hex').slice(0, 6));
console.log(fs.existsSync(__filename), fs.statSync(__filename).isFile(), fs.statSync(__dirname).isDirectory());
console.log(fs.statSync(__filename).size === buf.length);
console.log(typeof fs.readFile, fs.readFile.length, fs.writeFile.length, require('fs') === fs);
