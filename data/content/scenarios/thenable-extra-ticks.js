// @title Resolving with a promise costs extra ticks
// @host node
// @note Returning a promise (or any thenable) from then() adopts it,
// @note which takes two more microtask turns than returning a value.

Promise.resolve()
  .then(() => Promise.resolve('adopted'))
  .then((v) => console.log(v));

Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
