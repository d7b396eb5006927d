// Linking fails before the module body runs: nothing is printed, exit code 1.
process.on('exit', (code) => console.log('exit listener', code));
console.log('body');
import { readFileSync } from 'node:fs';
import { noSuchExport } from 'node:path';
