// class declarations: constructor, methods on the prototype, typeof
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(other) {
    return new Point(this.x + other.x, this.y + other.y);
  }
  toString() {
    return `(${this.x}, ${this.y})`;
  }
}
const p = new Point(1, 2).add(new Point(3, 4));
console.log(String(p), p.x, p.y);
console.log(typeof Point, Object.getOwnPropertyNames(Point.prototype));
console.log(Object.keys(p));
console.log(p.hasOwnProperty('add'), 'add' in p);
const Anon = class {};
console.log(Anon.name);
const Named = class Inner { who() { return Inner.name; } };
console.log(new Named().who());
