// without a lock, interleaved read-await-write loses an update
const sleep = ms => new Promise(r => setTimeout(r, ms));
let balance = 100;
async function withdraw(name, amount, ms) {
  const current = balance;
  await sleep(ms);
  balance = current - amount;
  console.log(name, 'wrote balance', balance);
}
Promise.all([withdraw('A', 30, 100), withdraw('B', 50, 1)]).then(() => console.log('final balance (lost update):', balance));
