// seed: for...of awaits each item in order; Promise.all runs them concurrently
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
const items = [{ name: 'first', ms: 100 }, { name: 'second', ms: 10 }];
(async () => {
  for (const item of items) {
    await sleep(item.ms);
    console.log('for-of processed', item.name);
  }
  console.log('for-of really done');
  await Promise.all(items.map(async (item) => {
    await sleep(item.ms);
    console.log('Promise.all processed', item.name);
  }));
  console.log('Promise.all really done');
})();
