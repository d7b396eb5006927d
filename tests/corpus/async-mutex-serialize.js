// a promise-based lock serializes critical sections that contain awaits
const sleep = ms => new Promise(r => setTimeout(r, ms));
let lock = Promise.resolve();
function withLock(fn) {
  const run = lock.then(fn);
  lock = run.catch(() => {});
  return run;
}
let balance = 100;
async function withdraw(name, amount, ms) {
  const current = balance;
  await sleep(ms);
  balance = current - amount;
  console.log(name, 'withdrew', amount, '-> balance', balance);
}
Promise.all([
  withLock(() => withdraw('A', 30, 20)),
  withLock(() => withdraw('B', 50, 1)),
]).then(() => console.log('final balance', balance));
