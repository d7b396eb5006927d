// @title Limiting concurrency with a queue
// @host node
// @note At most two jobs run at once: a counter of running jobs and a
// @note queue of waiting ones, like what p-limit does for you.

function createLimiter(limit) {
  let running = 0;
  const waiting = [];
  const next = () => {
    if (running >= limit || waiting.length === 0) return;
    running++;
    const { task, resolve, reject } = waiting.shift();
    task().then(resolve, reject).finally(() => {
      running--;
      next();
    });
  };
  return (task) => new Promise((resolve, reject) => {
    waiting.push({ task, resolve, reject });
    next();
  });
}

const limit = createLimiter(2);
const job = (name, ms) => () => {
  console.log('start', name);
  return new Promise((r) => setTimeout(() => { console.log('end', name); r(name); }, ms));
};

Promise.all([
  limit(job('A', 200)),
  limit(job('B', 20)),
  limit(job('C', 10)),
  limit(job('D', 10)),
]).then((names) => console.log('results', names));
