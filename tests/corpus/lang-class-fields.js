// public instance fields are initialized before the constructor body, in order
let order = [];
class A {
  a = (order.push('field a'), 1);
  b = this.a + 1;
  ['computed' + 1] = 'c';
  arrow = () => this.a;
  constructor() {
    order.push('constructor');
    this.c = this.b + 1;
  }
}
const x = new A();
console.log(order);
console.log(x.a, x.b, x.c, x.computed1);
const { arrow } = x;
console.log(arrow());
console.log(Object.keys(x));
class B { field; }
console.log('field' in new B(), new B().field);
