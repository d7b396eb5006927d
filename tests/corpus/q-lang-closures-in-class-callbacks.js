// losing `this` when passing methods as callbacks, and the usual fixes
class Counter {
  count = 0;
  constructor() { this.boundInc = this.inc.bind(this); }
  inc() { this.count++; return this.count; }
  arrowInc = () => ++this.count;
}
const c = new Counter();
const { inc, arrowInc, boundInc } = c;
try { inc(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(arrowInc(), boundInc(), [1, 2].map(c.arrowInc), c.count);
try { [1].forEach(c.inc); } catch (e) { console.log(e.name + ': ' + e.message); }
setTimeout(c.boundInc, 0);
setTimeout(() => console.log('after timer', c.count), 5);
