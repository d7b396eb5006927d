// One outer timer schedules everything, so the phases are deterministic.
setTimeout(() => {
  console.log('outer');
  setTimeout(() => console.log('inner timeout 0'), 0);
  setTimeout(() => console.log('inner timeout 1'), 1);
  setImmediate(() => {
    console.log('immediate from outer');
    process.nextTick(() => console.log('tick from immediate'));
    Promise.resolve().then(() => console.log('micro from immediate'));
  });
  setImmediate(() => console.log('second immediate'));
  process.nextTick(() => console.log('tick from outer'));
  Promise.resolve().then(() => console.log('micro from outer'));
}, 0);
