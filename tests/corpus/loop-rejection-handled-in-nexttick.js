// a handler attached in process.nextTick is also in time
const p = Promise.reject('plain reason');
process.nextTick(() => {
  console.log('nextTick attaches handler');
  p.catch(r => console.log('caught:', r));
});
setTimeout(() => console.log('done'), 0);
