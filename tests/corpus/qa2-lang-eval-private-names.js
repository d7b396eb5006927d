class Counter {
  #count = 0;
  static #instances = 0;
  constructor() { Counter.#instances++; }
  bump(code) { return eval(code); }
  #secret() { return 'secret ' + this.#count; }
}
const c = new Counter();
console.log(c.bump('this.#count += 5'), c.bump('this.#count'), c.bump('this.#secret()'), c.bump('#count in this'));
console.log(c.bump('Counter.#instances'), c.bump('(() => this.#count * 2)()'));
try { c.bump('this.#missing'); } catch (e) { console.log(e.name, e.message); }
try { eval('({}).#count'); } catch (e) { console.log(e.name, e.message); }
try { c.bump('({}).#count'); } catch (e) { console.log(e.name, e.message); }
