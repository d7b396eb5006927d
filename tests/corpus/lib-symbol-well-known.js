// well-known symbols: iterator, asyncIterator, toPrimitive, toStringTag, hasInstance
console.log(Symbol.iterator.toString(), Symbol.asyncIterator.toString());
console.log(Symbol.iterator.description, typeof Symbol.toPrimitive);
console.log(typeof [][Symbol.iterator], typeof ''[Symbol.iterator], typeof new Map()[Symbol.iterator]);
console.log({}[Symbol.iterator], typeof (async function* () {})()[Symbol.asyncIterator]);
const money = { amount: 5, [Symbol.toPrimitive](hint) { return hint === 'string' ? `$${this.amount}` : this.amount; } };
console.log(`${money}`, money * 2, money + 1);
console.log(Math[Symbol.toStringTag], JSON[Symbol.toStringTag], new Map()[Symbol.toStringTag]);
