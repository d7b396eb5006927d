async function level3() { await null; throw new TypeError('deep failure'); }
async function level2() { try { return await level3(); } finally { console.log('level2 finally'); } }
async function level1() { const r = await level2().catch(e => `recovered from ${e.message}`); return r.toUpperCase(); }
level1().then(v => console.log(v));
const chain = Promise.resolve(1)
  .then(v => { throw new Error('step ' + v); })
  .then(() => console.log('skipped'))
  .catch(e => { console.log('caught', e.message); return 'value after catch'; })
  .then(v => { console.log(v); return Promise.reject('plain string'); })
  .catch(e => console.log('second catch', typeof e, e))
  .finally(() => { throw new Error('finally throws'); })
  .catch(e => console.log('finally error', e.message));
async function parallel() {
  const results = await Promise.allSettled([level3(), Promise.resolve('ok')]);
  console.log(results.map(r => r.status));
  try { await Promise.all([level3(), new Promise(r => setTimeout(r, 10, 'late'))]); } catch (e) { console.log('all:', e.message); }
}
parallel();
const rejected = Promise.reject(new Error('handled by await'));
(async () => { try { await rejected; } catch (e) { console.log('awaited rejection', e.message); } })();
new Promise(() => { throw new RangeError('executor throw'); }).catch(e => console.log(e.name));
new Promise((res) => { res('first'); throw new Error('ignored after resolve'); }).then(v => console.log(v));
