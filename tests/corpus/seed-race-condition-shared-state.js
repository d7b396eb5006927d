// seed: a race on shared state, and serializing the critical section to fix it
const sleep = ms => new Promise(r => setTimeout(r, ms));
let counter = 0;
async function unsafeIncrement(ms) { const v = counter; await sleep(ms); counter = v + 1; }
let chain = Promise.resolve();
const safeIncrement = (ms) => (chain = chain.then(() => unsafeIncrement(ms)));
(async () => {
  await Promise.all([unsafeIncrement(100), unsafeIncrement(1)]);
  console.log('unsafe counter (expected 2):', counter);
  counter = 0;
  await Promise.all([safeIncrement(10), safeIncrement(1)]);
  console.log('serialized counter:', counter);
})();
