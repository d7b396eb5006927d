// new.target tells whether a function was called with new
function F() {
  return new.target === F ? 'with new' : 'without new';
}
console.log(new F() instanceof F, F());
function G() {
  if (!new.target) return new G();
  this.ok = true;
}
console.log(G().ok, new G().ok);
class Base { constructor() { this.kind = new.target.name; } }
class Derived extends Base {}
console.log(new Base().kind, new Derived().kind);
