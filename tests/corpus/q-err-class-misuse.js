// class misuse errors: super before this, missing super, extending non-constructors
class A { constructor() { this.a = 1; } }
class NoSuper extends A { constructor() { } }
class ThisFirst extends A { constructor() { this.x = 1; super(); } }
class ReturnsPrim extends A { constructor() { super(); return 1; } }
class ReturnsUndefNoSuper extends A { constructor() { return undefined; } }
const tests = [() => new NoSuper(), () => new ThisFirst(), () => new ReturnsPrim(), () => new ReturnsUndefNoSuper(),
  () => { class X extends 5 {} }, () => { class X extends null {} return new X(); }, () => { const F = () => {}; class X extends F {} },
  () => A.call({}), () => { class P { #x; static read(o) { return o.#x; } } return P.read({}); }];
for (const t of tests) { try { console.log(t()); } catch (e) { console.log(e.name + ': ' + e.message); } }
