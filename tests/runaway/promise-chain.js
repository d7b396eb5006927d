// runaway: a 10,000-deep promise chain built recursively (each promise is
// resolved with the next one); it must simply complete.
// exit: 0
// stdout: depth 10000
function chain(n) {
  if (n === 0)
    return Promise.resolve(0);
  return Promise.resolve().then(() => chain(n - 1)).then((v) => v + 1);
}
chain(10000).then((depth) => console.log('depth', depth));
