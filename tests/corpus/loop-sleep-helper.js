// a promisified sleep helper; awaits resume in timer order
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
async function worker(name, ms) {
  console.log(name, 'sleeps', ms);
  await sleep(ms);
  console.log(name, 'wakes');
}
worker('long', 150);
worker('short', 10);
worker('medium', 60);
