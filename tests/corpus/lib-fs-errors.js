// Node's messages and properties for file system errors and bad arguments.
const fs = require('fs');
const show = (f) => {
  try { f(); console.log('no error'); } catch (e) {
    console.log(`${e.name} ${e.code} ${e.errno} ${e.syscall} ${e.path} | ${e.message}`);
  }
};
const dir = '/tmp/loop-bakery-fs-errors';
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(dir + '/file', 'x');
show(() => fs.readFileSync(dir + '/missing.txt'));
show(() => fs.readFileSync(dir));
show(() => fs.readFileSync(dir + '/file/inside'));
show(() => fs.readdirSync(dir + '/file'));
show(() => fs.mkdirSync(dir));
show(() => fs.mkdirSync(dir + '/no/such', { recursive: false }));
show(() => fs.unlinkSync(dir));
show(() => fs.statSync(dir + '/missing.txt'));
show(() => fs.writeFileSync(dir, 'x'));
show(() => fs.rmdirSync(dir));
show(() => fs.readFileSync(undefined));
show(() => fs.readFileSync({}));
show(() => fs.readFileSync(dir + '/file', 'klingon'));
show(() => fs.readFileSync(dir + '/file', 42));
show(() => fs.writeFileSync(dir + '/file', 42));
show(() => fs.readFile(dir + '/file'));
show(() => fs.readFile(dir + '/file', 'utf8'));
show(() => fs.mkdirSync(dir, { recursive: 'yes' }));
fs.unlinkSync(dir + '/file');
fs.rmdirSync(dir);
