// import declarations make Node 20 run this file as an ES module.
import { setTimeout as sleep, setImmediate as yieldNow } from 'timers/promises';
import EventEmitter, { once } from 'events';
import * as util from 'util';
import 'events';
console.log(typeof sleep, typeof EventEmitter, typeof once, typeof util.inspect, process.argv.length);
const e = new EventEmitter();
setTimeout(() => e.emit('ready', 42), 1);
const [v] = await once(e, 'ready');
console.log('ready', v, await sleep(2, 'slept'), await yieldNow('yielded'));
export const answer = 42;
export default function main() { return 'main'; }
export { v };
console.log(answer, main(), typeof require);
