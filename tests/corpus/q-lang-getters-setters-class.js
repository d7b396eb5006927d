// getters and setters: validation, inheritance, and a missing setter in strict class code
class Temp {
  #c = 0;
  get f() { return this.#c * 9 / 5 + 32; }
  set f(v) { this.#c = (v - 32) * 5 / 9; }
  get c() { return this.#c; }
}
const t = new Temp();
t.f = 212;
console.log(t.c, t.f);
try { t.c = 5; } catch (e) { console.log(e.name + ': ' + e.message); }
const o = { get only() { return 1; } };
o.only = 2;
console.log(o.only);
class Sub extends Temp { get f() { return 'sub ' + super.f; } }
const s = new Sub();
s.f = 50;
console.log(s.f, s.c);
console.log(Object.getOwnPropertyNames(Temp.prototype), 'f' in t, Object.hasOwn(t, 'f'));
