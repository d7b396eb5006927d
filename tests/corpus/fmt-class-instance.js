// class instances are prefixed with the class name
class Point { constructor(x, y) { this.x = x; this.y = y; } }
console.log(new Point(1, 2));
class Empty {}
console.log(new Empty());
class Sub extends Point { constructor() { super(3, 4); this.z = 5; } }
console.log(new Sub());
console.log([new Point(0, 0)], { p: new Point(1, 1) });
function OldStyle() { this.v = 1; }
console.log(new OldStyle());
const anon = new (class {})();
console.log(anon);
class WithPriv { #secret = 1; pub = 2; }
console.log(new WithPriv());
