// Node-only globals are ReferenceErrors in a page: the rest of a task is skipped, other tasks run.
// @host browser
setTimeout(() => { console.log('timer 1'); process.nextTick(() => console.log('never')); }, 0);
setTimeout(() => { console.log('timer 2'); setImmediate(() => console.log('never')); }, 50);
setTimeout(() => { console.log('timer 3'); require('fs'); }, 100);
setTimeout(() => console.log('typeof global:', typeof global, 'typeof globalThis:', typeof globalThis), 150);
