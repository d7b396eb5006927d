// Awaiting in a loop serializes the timers; Promise.all runs them together.
// @host browser
const sleep = (label, ms) => new Promise((r) => setTimeout(() => { console.log('slept', label); r(label); }, ms));
(async () => {
  for (const [l, ms] of [['s1', 100], ['s2', 100]]) await sleep(l, ms);
  console.log('serial done');
})();
(async () => {
  const r = await Promise.all([sleep('p1', 150), sleep('p2', 50)]);
  console.log('parallel done', r.join(','));
})();
