// Import declarations are instantiated before the module body runs.
console.log(typeof basename, typeof EventEmitter, describe('/tmp/file.txt'));

function describe(file) {
  return `${basename(file)} in ${path.dirname(file)}`;
}

const emitter = new EventEmitter();
emitter.on('ready', (value) => console.log('ready', value, once === events.once));
emitter.emit('ready', 1);

export const answer = 42;
export function helper() { return 'helper'; }
export default class Widget {}
export { answer as theAnswer };

console.log(answer, helper(), typeof Widget);
await null;
console.log('after top-level await');

import { basename } from 'node:path';
import * as path from 'path';
import EventEmitter, { once } from 'node:events';
import * as events from 'events';
