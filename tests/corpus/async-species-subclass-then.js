// then() on a subclassed promise builds the derived promise with the subclass
let made = 0;
class Tracked extends Promise {
  constructor(executor) {
    made++;
    super(executor);
  }
}
const p = Tracked.resolve(1);
console.log('after resolve', made, p instanceof Tracked);
const q = p.then(v => v + 1);
console.log('after then', made, q instanceof Tracked, q.constructor === Tracked);
const r = q.catch(() => 0).finally(() => console.log('finally ran'));
console.log('after catch/finally', made, r instanceof Tracked);
r.then(v => console.log('value', v, made));
Promise.resolve(2).then(v => console.log('plain', v, made));
