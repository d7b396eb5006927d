// subclassing Promise: then returns the subclass and the constructor runs for each derived promise
let created = 0;
class Tracked extends Promise {
  constructor(executor) { created++; super(executor); }
  static get [Symbol.species]() { return this; }
}
const t = Tracked.resolve(1);
const t2 = t.then(v => v + 1);
console.log(t instanceof Tracked, t2 instanceof Tracked, created);
t2.then(v => console.log('value', v, 'created', created));
console.log(Tracked.all([1]) instanceof Tracked, Promise.resolve(t) === t, Tracked.resolve(t) === t);
class Plain extends Promise { static get [Symbol.species]() { return Promise; } }
console.log(Plain.resolve(2).then(() => {}) instanceof Plain);
