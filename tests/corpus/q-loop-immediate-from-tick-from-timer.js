// an immediate scheduled from a nextTick inside a timer still runs before timeouts of 0
setTimeout(() => {
  console.log('timer');
  process.nextTick(() => {
    console.log('tick');
    setImmediate(() => console.log('immediate via tick'));
    setTimeout(() => console.log('timeout via tick'), 0);
  });
}, 0);
