// private methods and accessors
class Greeter {
  #name;
  constructor(name) { this.#name = name; }
  #format(s) { return `<${s}>`; }
  get #upper() { return this.#name.toUpperCase(); }
  static #secret() { return 'static secret'; }
  greet() { return this.#format('hello ' + this.#upper); }
  static reveal() { return Greeter.#secret(); }
}
const g = new Greeter('ann');
console.log(g.greet());
console.log(Greeter.reveal());
console.log(typeof g.format, Object.getOwnPropertyNames(Greeter.prototype));
