// nextTick callbacks queued from nextTick still run before promises
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => {
    console.log('tick 1.1');
    process.nextTick(() => console.log('tick 1.1.1'));
  });
});
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick 2'));
