// an immediate scheduled from a microtask inside a timer still runs before the next timer
setTimeout(() => {
  Promise.resolve().then(() => {
    setImmediate(() => console.log('immediate from promise'));
  });
  setTimeout(() => console.log('timer from timer'), 0);
  console.log('timer');
}, 0);
