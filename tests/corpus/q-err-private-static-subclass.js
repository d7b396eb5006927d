// static private methods called through `this` from a subclass throw a brand-check TypeError
class Base {
  static #secret() { return 'secret'; }
  static #count = 0;
  static reveal() { return this.#secret(); }
  static bump() { return ++this.#count; }
}
class Derived extends Base {}
console.log(Base.reveal(), Base.bump());
try { Derived.reveal(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Derived.bump(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.getPrototypeOf(Derived) === Base, typeof Derived.reveal);
