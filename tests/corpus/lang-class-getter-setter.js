// class getters and setters, including inherited and static accessors
class Temp {
  #c = 0;
  get celsius() { return this.#c; }
  set celsius(v) {
    if (typeof v !== 'number') throw new TypeError('not a number');
    this.#c = v;
  }
  get fahrenheit() { return this.#c * 1.8 + 32; }
  static get unit() { return 'C'; }
}
const t = new Temp();
t.celsius = 100;
console.log(t.celsius, t.fahrenheit, Temp.unit);
try {
  t.celsius = 'hot';
} catch (e) {
  console.log(e.message);
}
class Hot extends Temp {
  get fahrenheit() { return 'very ' + super.fahrenheit; }
}
const h = new Hot();
h.celsius = 50;
console.log(h.fahrenheit);
console.log(Object.keys(t));
