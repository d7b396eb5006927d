// running tasks with at most 2 in flight; completion order depends on durations
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
const durations = [100, 10, 10, 150, 1];
async function pool(limit) {
  let next = 0;
  const results = [];
  async function worker(id) {
    while (next < durations.length) {
      const i = next++;
      console.log(`worker ${id} starts task ${i}`);
      await sleep(durations[i]);
      console.log(`worker ${id} finished task ${i}`);
      results[i] = durations[i];
    }
  }
  await Promise.all(Array.from({ length: limit }, (_, k) => worker(k)));
  return results;
}
pool(2).then(r => console.log('results in task order:', r));
