// an immediate scheduled from an immediate runs on the next loop turn, after already-queued ones
setTimeout(() => {
  setImmediate(() => {
    console.log('immediate A');
    setImmediate(() => console.log('immediate C (next turn)'));
    Promise.resolve().then(() => console.log('promise after A'));
  });
  setImmediate(() => {
    console.log('immediate B');
    process.nextTick(() => console.log('nextTick after B'));
  });
}, 0);
