var name = 'global';
const person = { name: 'Ann', greet() { return 'hi ' + this.name; } };
with (person) {
  console.log(name, greet());
  var created = 'var inside with';
  name = 'changed';
}
console.log(person.name, name, created);
function f(obj) { with (obj) { return x + y; } }
console.log(f({ x: 1, y: 2 }), f({ x: 'a', y: 'b' }));
var y = 10;
console.log(f({ x: 1 }));
const proto = { inherited: 'from proto' };
with (Object.create(proto)) console.log(inherited, typeof toString);
with ([1, 2, 3]) console.log(length, join('-'), indexOf(2));
with (Math) console.log(max(PI, E).toFixed(3), floor(sqrt(17)));
const traps = [];
const spy = new Proxy({ a: 1 }, { has(t, k) { traps.push(`has ${String(k)}`); return k in t; }, get(t, k) { traps.push(`get ${String(k)}`); return t[k]; } });
with (spy) { a; }
console.log(traps.join(', '));
function closureLeak() { const o = { v: 1 }; with (o) { var fn = () => v; } o.v = 2; return fn(); }
console.log(closureLeak());
with ({}) { function declaredInWith() { return 'decl'; } }
console.log(typeof declaredInWith);
with ({ undefined: 'shadowed' }) console.log(undefined);
