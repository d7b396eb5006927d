class Point {
  #secret = 1;
  static origin = new Point(0, 0);
  constructor(x, y) { this.x = x; this.y = y; }
  get len() { return Math.hypot(this.x, this.y); }
}
console.log(new Point(3, 4));
console.log(Point);
console.log(class {});
console.log(class Foo extends Point {});
const o = { get a() { return 1; }, set a(v) {}, get b() { return 2; }, set c(v) {} };
console.log(o);
class Empty {}
console.log(new Empty(), [new Empty()]);
const nullProto = Object.create(null);
nullProto.x = 1;
console.log(nullProto);
class Tagged { get [Symbol.toStringTag]() { return 'TAG'; } }
console.log(new Tagged());
console.log(Object.create(Point.prototype));
