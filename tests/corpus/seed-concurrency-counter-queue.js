// seed: limiting concurrency with a queue and a counter of running tasks
const sleep = ms => new Promise(r => setTimeout(r, ms));
const queue = [['A', 150], ['B', 10], ['C', 10], ['D', 5]];
let running = 0;
const LIMIT = 2;
function pump() {
  while (running < LIMIT && queue.length) {
    const [name, ms] = queue.shift();
    running++;
    console.log('start', name, 'running =', running);
    sleep(ms).then(() => { running--; console.log('end', name); pump(); });
  }
}
pump();
