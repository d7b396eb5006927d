// instanceof consults Symbol.hasInstance and the prototype chain
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
function F() {}
const f = new F();
console.log(f instanceof F, f instanceof Object);
F.prototype = {};
console.log(f instanceof F);
const bound = F.bind(null);
console.log(new F() instanceof bound);
const nullProto = Object.create(null);
console.log(nullProto instanceof Object);
try { ({}) instanceof {}; } catch (e) { console.log(e.name + ': ' + e.message); }
try { ({}) instanceof (() => {}); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log([] instanceof Array, [] instanceof Object, Object.create(Array.prototype) instanceof Array, Array.isArray(Object.create(Array.prototype)));
