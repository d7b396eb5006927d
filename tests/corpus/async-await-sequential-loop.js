// awaiting inside for-of runs steps one after another
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
(async () => {
  const results = [];
  for (const [ms, name] of [[20, 'first'], [5, 'second'], [1, 'third']]) {
    const v = await sleep(ms, name);
    console.log('finished', v);
    results.push(v);
  }
  console.log(results);
})();
