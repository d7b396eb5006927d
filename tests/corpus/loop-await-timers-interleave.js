// two async loops awaiting sleeps of different lengths interleave by (absolute) due time
const start = Date.now();
const sleepUntil = (t) => new Promise(r => setTimeout(r, Math.max(0, start + t - Date.now())));
async function run(name, ms, n) {
  for (let i = 1; i <= n; i++) {
    await sleepUntil(i * ms);
    console.log(name, i);
  }
}
run('fast', 100, 3);
run('slow', 250, 2);
