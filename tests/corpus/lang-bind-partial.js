// bind with partial application, length of bound functions, and new on bound functions
function add(a, b, c) { return a + b + c; }
const add1 = add.bind(null, 1);
const add12 = add.bind(null, 1, 2);
console.log(add1(2, 3), add12(3));
console.log(add.length, add1.length, add12.length);
function Point(x, y) { this.x = x; this.y = y; }
const XAxis = Point.bind(null, 0);
const p = new XAxis(5);
console.log(p.x, p.y, p instanceof Point);
console.log(add1.name);
