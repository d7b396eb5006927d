// a class field shadows a prototype accessor of the same name (define semantics)
class Base { set value(v) { console.log('setter called', v); } get value() { return 'from getter'; } }
class WithField extends Base { value = 'field'; }
const w = new WithField();
console.log(w.value, Object.hasOwn(w, 'value'));
class Assigns extends Base { constructor() { super(); this.value = 'assigned'; } }
const a = new Assigns();
console.log(a.value, Object.hasOwn(a, 'value'));
class Static { static x = 1; static y = Static.x + 1; static z = this.y * 10; }
console.log(Static.x, Static.y, Static.z);
