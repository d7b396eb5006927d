// seed: forEach does not wait for async callbacks, so "done" prints before any item
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
async function processAll(items) {
  items.forEach(async (item) => {
    await sleep(item.ms);
    console.log('processed', item.name);
  });
  console.log('forEach returned: done?!');
}
processAll([{ name: 'first', ms: 150 }, { name: 'second', ms: 10 }, { name: 'third', ms: 70 }])
  .then(() => console.log('processAll resolved (too early)'));
