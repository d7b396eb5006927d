class Counter {
  static #instances = 0;
  static registry = [];
  #count = 0;
  static {
    Counter.registry.push('init');
    console.log('static block runs, instances =', Counter.#instances);
  }
  constructor() { Counter.#instances++; }
  #bump() { return ++this.#count; }
  get count() { return this.#count; }
  set count(v) { throw new Error('read only'); }
  inc() { this.#bump(); return this; }
  static get instances() { return Counter.#instances; }
  static isCounter(o) { return #count in o; }
}
const c = new Counter().inc().inc();
console.log(c.count, Counter.instances, Counter.isCounter(c), Counter.isCounter({}));
try { c.count = 5; } catch (e) { console.log(e.message); }
try { Counter.prototype.inc.call({}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(Object.keys(c), JSON.stringify(c), Counter.registry);
class Sub extends Counter { static { console.log('Sub static, parent instances', super.instances); } }
new Sub();
console.log(Counter.instances);
