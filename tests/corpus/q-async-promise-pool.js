// a promise pool with concurrency 2 running tasks in order of availability
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
async function pool(tasks, limit) {
  const results = [];
  let next = 0;
  async function worker(id) {
    while (next < tasks.length) {
      const i = next++;
      console.log(`worker ${id} starts task ${i}`);
      results[i] = await tasks[i]();
      console.log(`worker ${id} finished task ${i}`);
    }
  }
  await Promise.all(Array.from({ length: limit }, (_, k) => worker(k)));
  return results;
}
const tasks = [150, 50, 200, 50].map((ms, i) => () => sleep(ms).then(() => `r${i}`));
pool(tasks, 2).then(r => console.log(r));
