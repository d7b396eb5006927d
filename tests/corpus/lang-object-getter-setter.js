// getters and setters in object literals
const temp = {
  _c: 25,
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; },
  get readonly() { return 'ro'; },
};
console.log(temp.f);
temp.f = 212;
console.log(temp._c);
temp.readonly = 'changed';
console.log(temp.readonly);
const d = Object.getOwnPropertyDescriptor(temp, 'f');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
let log = [];
const counter = { n: 0, get next() { log.push('get'); return ++this.n; } };
console.log(counter.next, counter.next, log);
