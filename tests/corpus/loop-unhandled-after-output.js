// stdout written before an unhandled rejection is kept; later output is lost
const sleep = ms => new Promise(r => setTimeout(r, ms));
(async () => {
  console.log('step 1');
  await sleep(5);
  console.log('step 2');
  await sleep(5);
  throw new Error('step 3 fails');
})();
setTimeout(() => console.log('never: after the failure'), 300);
