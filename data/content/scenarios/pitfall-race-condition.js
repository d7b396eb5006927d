// @title A race condition on shared state
// @host node
// @note Both tasks read the balance before either writes it back:
// @note one deposit is lost.

let balance = 100;
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

async function deposit(amount, ms) {
  const current = balance;        // read
  await delay(ms);                // someone else runs here
  balance = current + amount;     // write back a stale value
  console.log('deposited', amount, 'balance now', balance);
}

Promise.all([deposit(50, 60), deposit(30, 10)]).then(() =>
  console.log('final balance', balance, '(expected 180)'));
