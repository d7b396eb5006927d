// nextTick queued in an immediate runs before the following immediate
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => console.log('nextTick in immediate 1'));
  setImmediate(() => console.log('immediate 3 (next turn)'));
});
setImmediate(() => console.log('immediate 2'));
