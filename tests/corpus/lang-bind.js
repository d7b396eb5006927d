// bind fixes this permanently; bound functions ignore later call/bind
function who() { return this.name; }
const a = { name: 'a' };
const b = { name: 'b' };
const boundA = who.bind(a);
console.log(boundA());
console.log(boundA.call(b));
console.log(boundA.bind(b)());
console.log(boundA.name);
const o = { name: 'o', m: boundA };
console.log(o.m());
class Btn {
  constructor() { this.label = 'ok'; this.click = this.click.bind(this); }
  click() { return this.label; }
}
const { click } = new Btn();
console.log(click());
