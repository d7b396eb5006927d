// class instances: fields shown, prototype getters hidden, own accessors shown as [Getter/Setter]
class Point {
  #secret = 42;
  constructor(x, y) { this.x = x; this.y = y; }
  get length() { return Math.hypot(this.x, this.y); }
}
console.log(new Point(3, 4));
const p = new Point(1, 2);
Object.defineProperty(p, 'own', { get() { return 1; }, enumerable: true });
Object.defineProperty(p, 'both', { get() { return 1; }, set(v) {}, enumerable: true });
Object.defineProperty(p, 'setOnly', { set(v) {}, enumerable: true });
console.log(p);
class Empty {}
console.log(new Empty(), [new Empty()], { e: new Empty() });
class Sub extends Point { constructor() { super(0, 0); this.extra = [1]; } }
console.log(new Sub());
const anon = new (class {})();
console.log(anon, new (class extends Map {})([[1, 2]]));
