// seed: Node's process.nextTick runs before promise microtasks; setImmediate after I/O-phase timers
setTimeout(() => {
  setTimeout(() => console.log('setTimeout'), 0);
  setImmediate(() => console.log('setImmediate'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('nextTick'));
  console.log('sync (inside a timer)');
}, 0);
