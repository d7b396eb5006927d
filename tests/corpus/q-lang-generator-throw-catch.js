// generator throw() caught inside the generator resumes at the next yield
function* worker() {
  let i = 0;
  while (true) {
    try {
      const cmd = yield i++;
      console.log('got', cmd);
    } catch (e) {
      console.log('handled', e);
      if (e === 'stop') return 'stopped';
    }
  }
}
const w = worker();
console.log(w.next('ignored'));
console.log(w.next('a'));
console.log(w.throw('oops'));
console.log(w.next('b'));
console.log(w.throw('stop'));
console.log(w.next());
function* fresh() { yield 1; }
try { fresh().throw(new Error('not started')); } catch (e) { console.log(e.message); }
