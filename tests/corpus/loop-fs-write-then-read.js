// Callbacks chain the steps: write, append, read back, delete.
const fs = require('fs');
const file = '/tmp/loop-bakery-fs-write-then-read.txt';
fs.writeFile(file, 'first line\n', (err) => {
  console.log('written', err);
  fs.appendFile(file, 'second line\n', (err) => {
    console.log('appended', err);
    fs.readFile(file, 'utf8', (err, text) => {
      console.log(JSON.stringify(text));
      fs.unlink(file, (err) => {
        console.log('deleted', err, fs.existsSync(file));
      });
    });
  });
  console.log('append requested');
});
console.log('write requested');
