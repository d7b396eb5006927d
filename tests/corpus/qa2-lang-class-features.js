class Base {
  static registry = [];
  static { Base.registry.push('static block ran'); this.initialized = true; }
  #id;
  publicField = this.constructor.name;
  constructor(id) { this.#id = id; }
  get id() { return this.#id; }
  #secret() { return `secret-${this.#id}`; }
  reveal() { return this.#secret(); }
  static isBase(o) { return #id in o; }
  toString() { return `${this.constructor.name}(${this.#id})`; }
}
class Derived extends Base {
  static #count = 0;
  extra = (Derived.#count++, 'extra');
  constructor(id) { super(id * 10); }
  reveal() { return 'derived:' + super.reveal(); }
  static get count() { return Derived.#count; }
}
const d1 = new Derived(1), d2 = new Derived(2);
console.log(Base.registry, Base.initialized, d1.id, d1.reveal(), `${d2}`, Derived.count, Base.isBase(d1), Base.isBase({}));
console.log(d1, Object.keys(d1), d1.publicField, Object.getPrototypeOf(Derived) === Base, Derived.registry === Base.registry);
try { Base.prototype.reveal.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { class X { #p = 1; static read(o) { return o.#p; } } X.read({}); } catch (e) { console.log(e.message); }
try { class Y extends Base { constructor() { this.a = 1; super(); } } new Y(); } catch (e) { console.log(e.message); }
try { class Z extends null {} new Z(); } catch (e) { console.log(e.message); }
try { Derived(); } catch (e) { console.log(e.message); }
const Mixin = (B) => class extends B { mixed() { return 'mixed ' + this.id; } };
class Final extends Mixin(Base) {}
console.log(new Final(7).mixed(), Final.name, Object.getPrototypeOf(Final).name === '', typeof Final);
class Accessors { static #priv = 3; static get priv() { return this.#priv; } }
class Sub extends Accessors {}
try { Sub.priv; } catch (e) { console.log(e.message); }
const obj = { method() { return super.toString === Object.prototype.toString; } };
console.log(obj.method(), class { static name = 'Renamed'; }.name, (class Named {}).name);
