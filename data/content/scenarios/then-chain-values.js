// @title Values flowing down a chain
// @host node
// @note Each then receives what the previous one returned.

Promise.resolve(2)
  .then((n) => n * 3)
  .then((n) => {
    console.log('got', n);
    return n + 1;
  })
  .then((n) => console.log('then', n))
  .then((n) => console.log('and then', n));
