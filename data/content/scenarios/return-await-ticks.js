// @title return await and timing
// @host node
// @note Outside try/catch, `return await p` and `return p` give the same
// @note value but settle after a different number of ticks.

async function plain() {
  return Promise.resolve('return p');
}

async function awaited() {
  return await Promise.resolve('return await p');
}

plain().then(console.log);
awaited().then(console.log);

Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
