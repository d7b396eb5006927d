// @title Two chains take turns
// @host node
// @note Each link queues the next only when it runs, so two chains
// @note alternate on the tray.

Promise.resolve()
  .then(() => console.log('a1'))
  .then(() => console.log('a2'))
  .then(() => console.log('a3'));

Promise.resolve()
  .then(() => console.log('b1'))
  .then(() => console.log('b2'))
  .then(() => console.log('b3'));
