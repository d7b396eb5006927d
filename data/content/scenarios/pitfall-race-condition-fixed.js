// @title Serializing a critical section
// @host node
// @note A promise chain used as a lock: each update starts only
// @note when the previous one has finished.

let balance = 100;
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

let lock = Promise.resolve();
function withLock(task) {
  const run = lock.then(task);
  lock = run.catch(() => {});
  return run;
}

async function deposit(amount, ms) {
  const current = balance;
  await delay(ms);
  balance = current + amount;
  console.log('deposited', amount, 'balance now', balance);
}

Promise.all([
  withLock(() => deposit(50, 20)),
  withLock(() => deposit(30, 10)),
]).then(() => console.log('final balance', balance));
