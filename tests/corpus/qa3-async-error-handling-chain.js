const log = (...a) => console.log(...a);
Promise.reject(new Error('e1'))
  .then(() => log('skipped'))
  .catch(e => { log('catch 1', e.message); throw new TypeError('e2'); })
  .then(() => log('skipped 2'), e => { log('onRejected', e.name); return 'recovered'; })
  .finally(() => log('finally sees no args'))
  .then(v => log('value', v));
async function thrower() { throw new Error('async throw'); }
thrower().catch(e => log('caught', e.message));
async function awaitReject() {
  try { await Promise.reject(new Error('awaited')); }
  catch (e) { log('try/catch', e.message); }
  finally { log('async finally'); }
  return 'after';
}
awaitReject().then(log);
const p = Promise.reject(new Error('handled twice'));
p.catch(e => log('handler A', e.message));
p.catch(e => log('handler B', e.message));
new Promise(() => { throw 'string thrown in executor'; }).catch(e => log(typeof e, e));
