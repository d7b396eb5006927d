// @title finally takes extra ticks
// @host node
// @note finally is implemented with then and an inner promise, so
// @note the value arrives later than through a plain then.

Promise.resolve('A')
  .finally(() => {})
  .then((v) => console.log('after finally', v));

Promise.resolve('B')
  .then((v) => v)
  .then((v) => console.log('after then', v));

Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
