// @title Deep dive: a chain and a timer
// @host node
// @note The second `then` is queued only when the first one has run,
// @note and it still comes before the timer.

console.log('1');

setTimeout(() => console.log('2'), 0);

Promise.resolve()
  .then(() => console.log('3'))
  .then(() => console.log('4'));

console.log('5');
