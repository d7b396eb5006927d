// static methods, static fields, and static this
class Counter {
  static count = 0;
  static label = 'C' + Counter.count;
  static inc() {
    return ++this.count;
  }
  constructor() {
    Counter.inc();
  }
}
new Counter();
new Counter();
console.log(Counter.count, Counter.label);
console.log(typeof new Counter().inc);
class Sub extends Counter {}
console.log(Sub.inc(), Sub.count, Counter.count);
console.log(Object.getPrototypeOf(Sub) === Counter);
