// a throw inside an uncaughtException handler exits with code 7
process.on('uncaughtException', (e) => {
  console.log('handler got', e.message);
  throw new Error('handler also throws');
});
setTimeout(() => console.log('never'), 10);
throw new Error('first');
