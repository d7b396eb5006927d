// Symbol description, toString, uniqueness and registry
const s = Symbol('my desc');
const e = Symbol();
console.log(s.description, e.description, s.toString(), e.toString());
console.log(typeof s, Symbol('a') === Symbol('a'), s === s);
console.log(Symbol.for('k') === Symbol.for('k'), Symbol.keyFor(Symbol.for('k')), Symbol.keyFor(s));
try {
  new Symbol();
} catch (e) {
  console.log(e.message);
}
try {
  s + 1;
} catch (e) {
  console.log(e.message);
}
console.log(Object(s) instanceof Symbol, Symbol('').description === '');
