// promise executors run eagerly; a lazy wrapper defers work until then is called
let ran = 0;
const eager = new Promise(r => { ran++; console.log('eager executor'); r(1); });
class Lazy {
  constructor(fn) { this.fn = fn; this.p = null; }
  then(onF, onR) { this.p ||= new Promise(this.fn); return this.p.then(onF, onR); }
}
const lazy = new Lazy(r => { console.log('lazy executor'); r(2); });
console.log('created both, ran =', ran);
(async () => { console.log('await lazy', await lazy); console.log('await again', await lazy); })();
