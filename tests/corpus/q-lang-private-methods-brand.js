// private methods, static privates and the #x in obj brand check
class Counter {
  #n = 0;
  static #instances = 0;
  constructor() { Counter.#instances++; }
  #bump(by) { this.#n += by; return this; }
  inc() { return this.#bump(1); }
  get value() { return this.#n; }
  static isCounter(o) { return #n in o; }
  static get instances() { return Counter.#instances; }
  peek(other) { try { return other.#n; } catch (e) { return e.name + ': ' + e.message; } }
}
const c = new Counter();
console.log(c.inc().inc().value, Counter.isCounter(c), Counter.isCounter({}), Counter.instances);
console.log(c.peek({}));
console.log(Object.keys(c), JSON.stringify(c), c);
