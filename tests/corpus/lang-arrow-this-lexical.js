// arrow functions capture this from the enclosing scope
const counter = {
  count: 0,
  start() {
    [1, 2, 3].forEach(() => {
      this.count++;
    });
    return this.count;
  },
  regular() {
    return [1].map(function () {
      return this === undefined || this === globalThis;
    })[0];
  },
};
console.log(counter.start());
console.log(counter.regular());
const outer = { name: 'outer', make() { return () => this.name; } };
const fn = outer.make();
console.log(fn());
console.log(fn.call({ name: 'other' }));
