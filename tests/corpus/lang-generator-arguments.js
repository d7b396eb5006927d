// generators: arguments, this, generator methods in classes and objects
class Tree {
  constructor(...items) { this.items = items; }
  *[Symbol.iterator]() { yield* this.items; }
  *pairs() { for (let i = 0; i + 1 < this.items.length; i += 2) yield [this.items[i], this.items[i + 1]]; }
}
const t = new Tree('a', 'b', 'c', 'd');
console.log([...t], [...t.pairs()]);
function* args() { yield arguments.length; yield* arguments; }
console.log([...args(7, 8)]);
const g = (function* () {})();
console.log(Object.prototype.toString.call(g), g.next());
console.log(typeof g.return, typeof g.throw);
