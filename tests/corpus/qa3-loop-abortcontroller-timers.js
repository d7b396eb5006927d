const { setTimeout: sleep } = require('timers/promises');
const ac = new AbortController();
sleep(50, 'value', { signal: ac.signal })
  .then(v => console.log('resolved', v))
  .catch(e => console.log('rejected', e.name, e.code, e.message));
ac.signal.addEventListener('abort', () => console.log('abort event, reason:', ac.signal.reason.name));
setTimeout(() => ac.abort(), 5);
const ac2 = new AbortController();
ac2.abort(new Error('custom reason'));
sleep(10, null, { signal: ac2.signal }).catch(e => console.log('pre-aborted:', e.name, e.message, e.cause && e.cause.message));
console.log(ac.signal.aborted, ac2.signal.aborted, ac2.signal.reason.message);
const s = AbortSignal.abort();
console.log(s.aborted, s.reason.name, s.reason.message);
try { s.throwIfAborted(); } catch (e) { console.log('throwIfAborted', e.name); }
