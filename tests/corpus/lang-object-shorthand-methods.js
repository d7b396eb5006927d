// shorthand properties and methods
const x = 1, y = 2;
const point = { x, y, sum() { return this.x + this.y; } };
console.log(point, point.sum());
const name = 'v';
const o = {
  name,
  'quoted key'() { return 'q'; },
  42() { return 'num'; },
  *gen() { yield 1; yield 2; },
  async am() { return 1; },
};
console.log(o['quoted key'](), o[42](), [...o.gen()]);
console.log(Object.keys(o));
