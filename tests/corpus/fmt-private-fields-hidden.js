// Private fields are not properties: no reflection or inspect shows them.
class Account {
  #balance = 100;
  static #count = 0;
  constructor(owner) { this.owner = owner; Account.#count++; }
  get balance() { return this.#balance; }
}
const acc = new Account('Ann');
console.log(acc);
console.log(require('util').inspect(acc, { showHidden: true }));
console.log(Reflect.ownKeys(acc), Object.getOwnPropertySymbols(acc));
console.log(Reflect.ownKeys(Account).includes('length'), Object.getOwnPropertySymbols(Account));
console.log(Object.keys(Array.prototype[Symbol.unscopables]).join());
