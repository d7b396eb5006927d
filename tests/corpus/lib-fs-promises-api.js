// fs/promises with async/await: each await resumes in a later poll phase.
const fsp = require('node:fs/promises');
const dir = '/tmp/loop-bakery-fs-promises-api';
async function main() {
  console.log('created:', await fsp.mkdir(dir + '/inner', { recursive: true }) !== undefined);
  await fsp.writeFile(dir + '/notes.txt', 'one');
  await fsp.appendFile(dir + '/notes.txt', ', two');
  console.log(await fsp.readFile(dir + '/notes.txt', 'utf8'));
  console.log(await fsp.readdir(dir));
  const stats = await fsp.stat(dir + '/notes.txt');
  console.log(stats.size, stats.isFile());
  await fsp.unlink(dir + '/notes.txt');
  await fsp.rmdir(dir + '/inner');
  await fsp.rmdir(dir);
  try { await fsp.readFile(dir + '/notes.txt'); } catch (e) { console.log(e.code, e.syscall); }
}
main().then(() => console.log('done'));
console.log('main is awaiting');
