// An ES module script: builtin imports, top-level await on fs/promises,
// then the poll phase's rule (immediate before timeout) in an I/O callback.
import fs from 'fs';
import { writeFile, readFile } from 'node:fs/promises';
const file = '/tmp/loop-bakery-fs-esm-import.txt';
await writeFile(file, 'written by a module');
console.log(await readFile(file, 'utf8'));
fs.unlink(file, (err) => {
  console.log('unlinked:', err);
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
