// class-related errors: calling without new, super rules, private brand checks
class A { #p = 1; static has(o) { return o.#p; } }
class B extends A { constructor() { this.x = 1; super(); } }
class C extends A { constructor() { } }
const cases = [
  () => A(),
  () => new B(),
  () => new C(),
  () => A.has({}),
  () => { class D extends 5 {} },
  () => { class E extends null {} return new E(); },
];
for (const f of cases) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
