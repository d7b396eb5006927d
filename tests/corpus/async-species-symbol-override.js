// a subclass whose @@species is Promise derives plain promises
class Plainish extends Promise {
  static get [Symbol.species]() {
    console.log('species read');
    return Promise;
  }
}
const p = new Plainish(r => r('x'));
const q = p.then(v => v.toUpperCase());
console.log(q instanceof Plainish, q instanceof Promise, q.constructor === Promise);
q.then(v => console.log('got', v));
const f = p.finally(() => {});
console.log('finally result plain:', f.constructor === Promise);
