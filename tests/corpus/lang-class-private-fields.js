// private #fields are per-class, invisible outside, and checked by brand
class Account {
  #balance = 0;
  static #count = 0;
  constructor(initial) {
    this.#balance = initial;
    Account.#count++;
  }
  deposit(n) { this.#balance += n; return this; }
  get balance() { return this.#balance; }
  static count() { return Account.#count; }
  static hasBalance(o) { return #balance in o; }
  equals(other) { return this.#balance === other.#balance; }
}
const a = new Account(10).deposit(5);
const b = new Account(15);
console.log(a.balance, Account.count(), a.equals(b));
console.log(Object.keys(a), JSON.stringify(a));
console.log(Account.hasBalance(a), Account.hasBalance({}));
try {
  a.equals({});
} catch (e) {
  console.log(e.constructor.name);
}
