// toJSON is called (with the key) before serialization, also on nested values
const money = { amount: 5, currency: 'EUR', toJSON(key) { return `${this.amount} ${this.currency} (key=${key})`; } };
console.log(JSON.stringify(money));
console.log(JSON.stringify({ price: money, list: [money] }));
class Temp { constructor(c) { this.c = c; } toJSON() { return { celsius: this.c, kind: 'temp' }; } }
console.log(JSON.stringify([new Temp(20)]));
console.log(JSON.stringify({ x: { toJSON() { return undefined; } }, y: 1 }));
