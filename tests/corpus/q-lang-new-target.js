// new.target in functions, classes and derived classes
function F() { return { called: new.target === undefined ? 'call' : 'new ' + new.target.name }; }
console.log(F().called, new F().called);
class Shape {
  constructor() {
    if (new.target === Shape) throw new TypeError('Shape is abstract');
    this.kind = new.target.name;
  }
}
class Circle extends Shape {}
console.log(new Circle().kind);
try { new Shape(); } catch (e) { console.log(e.name + ': ' + e.message); }
const arrow = function () { return (() => new.target)(); };
console.log(new arrow() === undefined, typeof new arrow());
console.log(Reflect.construct(F, [], class Other {}).called);
