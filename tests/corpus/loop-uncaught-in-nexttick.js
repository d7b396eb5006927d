// an uncaught exception in a nextTick callback exits with code 1 before promises run
process.nextTick(() => {
  console.log('tick throws');
  throw new Error('tick failure');
});
Promise.resolve().then(() => console.log('never: promise'));
console.log('sync');
