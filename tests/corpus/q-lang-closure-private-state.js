// module pattern with closures: private state, shared state between closures
function makeBank(initial) {
  let balance = initial;
  const log = [];
  function record(kind, amt) { log.push(`${kind}:${amt}`); }
  return {
    deposit(a) { balance += a; record('dep', a); return this; },
    withdraw(a) {
      if (a > balance) { record('denied', a); return this; }
      balance -= a; record('wd', a); return this;
    },
    get balance() { return balance; },
    history: () => log.slice(),
  };
}
const acct = makeBank(100);
acct.deposit(50).withdraw(500).withdraw(30);
console.log(acct.balance, acct.history());
acct.balance = 1e6;
console.log(acct.balance, Object.keys(acct));
const other = makeBank(0);
console.log(other.history(), acct.history().length);
