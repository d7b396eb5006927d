// hard puzzle: nextTick, promises and async functions from inside a timer
setTimeout(async () => {
  console.log('timer start');
  process.nextTick(() => console.log('tick'));
  await null;
  console.log('after await in timer');
  process.nextTick(() => console.log('tick from after await'));
  Promise.resolve().then(() => console.log('promise from after await'));
}, 0);
setTimeout(() => console.log('second timer'), 0);
