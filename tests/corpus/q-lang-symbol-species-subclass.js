// array subclasses: map/filter/slice return the subclass; Symbol.species can override
class MyArr extends Array {
  sum() { return this.reduce((a, b) => a + b, 0); }
}
const m = MyArr.from([1, 2, 3]);
const doubled = m.map(x => x * 2);
console.log(doubled instanceof MyArr, doubled.sum(), m.filter(x => x > 1).constructor.name, m.slice(1).sum());
class Plain extends Array { static get [Symbol.species]() { return Array; } }
const p = Plain.of(1, 2);
console.log(p.map(x => x).constructor.name, p.constructor.name, p.concat([3]) instanceof Plain);
console.log(m.length, new MyArr(3).length, MyArr.of(7), [].concat(m).constructor.name);
