// super.method() calls the parent implementation, also in static methods and object literals
class Base {
  greet() { return 'base'; }
  static create() { return 'Base.create'; }
}
class Child extends Base {
  greet() { return 'child+' + super.greet(); }
  static create() { return 'Child.create+' + super.create(); }
}
class Grand extends Child {
  greet() { return 'grand+' + super.greet(); }
}
console.log(new Grand().greet());
console.log(Grand.create());
const proto = { hi() { return 'proto hi'; } };
const obj = { __proto__: proto, hi() { return 'obj then ' + super.hi(); } };
console.log(obj.hi());
