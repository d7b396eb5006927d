process.on('exit', (c) => console.log('code', c));
process.on('uncaughtException', (e) => {
  console.log('handler got', typeof e, e);
  if (e === 1) throw 2;
});
setTimeout(() => { throw 1; }, 0);
setTimeout(() => console.log('not reached?'), 5);
