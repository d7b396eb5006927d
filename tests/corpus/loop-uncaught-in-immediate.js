// an uncaught exception in an immediate exits with code 1
setTimeout(() => {
  setImmediate(() => {
    console.log('immediate throws');
    throw new TypeError('immediate failure');
  });
  setImmediate(() => console.log('never: next immediate'));
}, 0);
