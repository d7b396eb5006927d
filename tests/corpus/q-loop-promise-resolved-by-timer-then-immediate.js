// a promise resolved from a timer runs its thens before the immediate queued in the same timer
setTimeout(() => {
  let resolve;
  const p = new Promise(r => (resolve = r));
  setImmediate(() => console.log('immediate'));
  p.then(() => console.log('then 1')).then(() => console.log('then 2'));
  resolve();
  console.log('timer body end');
}, 0);
