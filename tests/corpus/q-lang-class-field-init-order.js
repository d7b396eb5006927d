// class field initialisers run after super() returns and before the rest of the constructor
class Base {
  baseField = (console.log('Base field'), 'b');
  constructor() { console.log('Base ctor, describe =', this.describe()); }
  describe() { return 'base'; }
}
class Derived extends Base {
  derivedField = (console.log('Derived field'), 'd');
  constructor() {
    console.log('Derived ctor before super');
    super();
    console.log('Derived ctor after super', this.derivedField);
  }
  describe() { return 'derived sees ' + this.derivedField; }
}
new Derived();
class Counter { static n = 0; id = ++Counter.n; other = this.id * 10; }
console.log(new Counter(), new Counter());
class Arrow { name = 'arrow'; get = () => this.name; }
const { get } = new Arrow();
console.log(get());
