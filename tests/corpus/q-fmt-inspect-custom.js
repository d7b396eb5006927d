// util.inspect.custom lets objects control their console.log output
const util = require('util');
class Money {
  constructor(amount, cur) { this.amount = amount; this.cur = cur; }
  [util.inspect.custom](depth, options) { return `Money<${this.amount.toFixed(2)} ${this.cur}>`; }
}
console.log(new Money(5, 'EUR'));
console.log([new Money(1.5, 'USD')], { price: new Money(3, 'GBP') });
console.log('%s | %o', new Money(2, 'JPY'), new Money(2, 'JPY'));
const obj = { [Symbol.for('nodejs.util.inspect.custom')]() { return { replaced: true }; } };
console.log(obj);
